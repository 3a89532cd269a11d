// XLIFF export and import of a language's texts (title, summary, requirements and evidence of every content
// document). Import is all or nothing: every unit is checked first, then all documents are written in one
// transaction as the signed-in user (so access and review rules apply), each set to "in review".
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'
import { buildXliff, parseXliff, XliffError, type XliffUnit } from './format'
import { TEXT_LIMITS } from '@/fields/limits'
import { isLocale, SOURCE_LOCALE, type Locale } from '@/translations/locales'
import { may, type Person } from '@/access/grants'
import { SOURCE_FIELDS } from '@/workflow/rules/fingerprint'

type Row = { id?: string | null; requirement?: string | null; evidence?: string | null }
type Doc = { id: string; slug: string; requirements?: Row[] | null } & Record<string, unknown>

/** The single texts of a collection's documents (rows are exchanged row by row). */
const fieldsOf = (collection: ContentCollection): string[] =>
  SOURCE_FIELDS[collection].filter((field) => field !== 'requirements')
const ROW_FIELDS = ['requirement', 'evidence'] as const

async function documents(req: PayloadRequest, collection: ContentCollection, locale: Locale, slugs?: Set<string>) {
  const { docs } = await req.payload.find({
    collection,
    locale,
    fallbackLocale: 'none', // the target's own texts only, no English fallback
    draft: true,
    depth: 0,
    pagination: false,
    where: slugs ? { slug: { in: [...slugs] } } : undefined,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs as unknown as Doc[]
}

/** The units of a language: every text of every document (or of the selected `collection:slug` documents). */
export async function exportUnits(req: PayloadRequest, language: Locale, selection?: string[]): Promise<XliffUnit[]> {
  const units: XliffUnit[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    const chosen = selection?.filter((s) => s.startsWith(`${collection}:`)).map((s) => s.slice(collection.length + 1))
    if (selection && chosen!.length === 0) continue
    const slugs = chosen ? new Set(chosen) : undefined
    // One after the other: a Local API call with `req` sets req.locale, so parallel reads would mix languages.
    const english = await documents(req, collection, SOURCE_LOCALE, slugs)
    const target = await documents(req, collection, language, slugs)
    const targetById = new Map(target.map((d) => [d.id, d]))
    for (const doc of english) {
      const translated = targetById.get(doc.id)
      for (const field of fieldsOf(collection)) {
        const source = doc[field] as string | null | undefined
        if (source)
          units.push({
            id: `${collection}:${doc.slug}:${field}`,
            source,
            target: translated?.[field] as string | null | undefined,
          })
      }
      const targetRows = new Map((translated?.requirements ?? []).map((r) => [r.id, r]))
      for (const row of doc.requirements ?? []) {
        for (const field of ROW_FIELDS) {
          if (row[field])
            units.push({
              id: `${collection}:${doc.slug}:requirements:${row.id}:${field}`,
              source: row[field]!,
              target: targetRows.get(row.id)?.[field],
            })
        }
      }
    }
  }
  return units
}

export async function exportXliff(req: PayloadRequest, language: string, selection?: string[]): Promise<string> {
  if (!isLocale(language) || language === SOURCE_LOCALE)
    throw new XliffError(`"${language}" is not a language to translate into.`)
  return buildXliff(await exportUnits(req, language, selection), { srcLang: SOURCE_LOCALE, trgLang: language })
}

type Parsed = { collection: ContentCollection; slug: string; field: string; row?: string }

function parseUnitId(id: string): Parsed | null {
  const parts = id.split(':')
  const collection = parts[0] as ContentCollection
  if (!CONTENT_COLLECTIONS.includes(collection)) return null
  if (parts.length === 3 && fieldsOf(collection).includes(parts[2]!))
    return { collection, slug: parts[1]!, field: parts[2]! }
  if (parts.length === 5 && parts[2] === 'requirements' && (ROW_FIELDS as readonly string[]).includes(parts[4]!)) {
    return { collection, slug: parts[1]!, field: parts[4]!, row: parts[3]! }
  }
  return null
}

/** Imports a translated XLIFF file. Throws XliffError (nothing written) when anything in it is wrong. */
export async function importXliff(
  req: PayloadRequest,
  xml: string,
): Promise<{ language: Locale; documents: number; units: number }> {
  const { srcLang, trgLang, units } = parseXliff(xml)
  if (srcLang !== SOURCE_LOCALE) throw new XliffError(`The source language must be "en"; this file's is "${srcLang}".`)
  if (!isLocale(trgLang) || trgLang === SOURCE_LOCALE)
    throw new XliffError(`"${trgLang}" is not a language to translate into.`)
  if (!CONTENT_COLLECTIONS.every((collection) => may(req.user as Person, collection, 'update', trgLang)))
    throw new XliffError(`You may not write the "${trgLang}" texts.`)

  // 1. Check every unit against the stored documents: ids, rows and length limits.
  const problems: string[] = []
  const byDoc = new Map<string, { collection: ContentCollection; doc: Doc; changes: Map<string, string> }>()
  const english = new Map<ContentCollection, Map<string, Doc>>()
  for (const collection of CONTENT_COLLECTIONS)
    english.set(collection, new Map((await documents(req, collection, SOURCE_LOCALE)).map((d) => [d.slug, d])))
  for (const unit of units) {
    const parsed = parseUnitId(unit.id)
    const doc = parsed && english.get(parsed.collection)!.get(parsed.slug)
    if (!parsed || !doc || (parsed.row && !(doc.requirements ?? []).some((r) => r.id === parsed.row))) {
      problems.push(`Unknown unit id "${unit.id}".`)
      continue
    }
    if (unit.target === null || unit.target === undefined) continue // not translated: left as it is
    const target = unit.target.trim()
    const limit = TEXT_LIMITS[parsed.field as keyof typeof TEXT_LIMITS]
    if (!target) problems.push(`Unit "${unit.id}": the translation is empty.`)
    else if (target.length > limit)
      problems.push(`Unit "${unit.id}": ${target.length} characters, more than the ${limit} allowed.`)
    const key = `${parsed.collection}:${parsed.slug}`
    const entry = byDoc.get(key) ?? { collection: parsed.collection, doc, changes: new Map<string, string>() }
    entry.changes.set(parsed.row ? `${parsed.row}:${parsed.field}` : parsed.field, target)
    byDoc.set(key, entry)
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join(' ')
    throw new XliffError(
      `Nothing was imported. ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more problems)` : ''}`,
    )
  }

  // 2. Write everything, or nothing.
  const ownTransaction = await initTransaction(req)
  try {
    for (const { collection, doc, changes } of byDoc.values()) {
      const [current] = await documents(req, collection, trgLang, new Set([doc.slug]))
      const currentRows = new Map((current?.requirements ?? []).map((r) => [r.id, r]))
      const data: Record<string, unknown> = { reviewStatus: 'in_review', _status: 'draft' }
      for (const field of fieldsOf(collection)) if (changes.has(field)) data[field] = changes.get(field)
      if (doc.requirements?.length) {
        data.requirements = doc.requirements.map((row) => ({
          id: row.id,
          requirement: changes.get(`${row.id}:requirement`) ?? currentRows.get(row.id)?.requirement ?? undefined,
          evidence: changes.get(`${row.id}:evidence`) ?? currentRows.get(row.id)?.evidence ?? undefined,
        }))
      }
      await req.payload.update({
        collection,
        id: doc.id,
        locale: trgLang,
        draft: true,
        data: data as never,
        user: req.user,
        overrideAccess: false,
        req,
      })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { language: trgLang, documents: byDoc.size, units: units.length }
}
