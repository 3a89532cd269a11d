// Loads the machine-made translations of the seed content (seed/translations/<lang>.json) into the database.
// A system action of the seed: it publishes them per language where the English is published (drafts stay drafts),
// marks their translation records `machine`, and never touches a language a person has worked on.
import { existsSync, readFileSync } from 'node:fs'

import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '@/workflow/rules/collections'
import { TARGET_LOCALES } from '@/translations/locales'
import { paragraphsToLexical } from '@/richtext/paragraphs'
import { sourceFingerprint, sourceText } from '@/workflow/rules/fingerprint'

type TargetLocale = (typeof TARGET_LOCALES)[number]
/**
 * One document's machine translation. Title, summary and requirements are what translators are asked for (see
 * SOURCE_FIELDS); the longer texts shown on public pages (descriptions, introductions, examples, source notes) come
 * along, so that no public page is left half in English.
 */
type Entry = {
  title: string
  summary: string
  requirements?: Array<{ requirement: string; evidence: string }>
  description?: string[]
  introduction?: string[]
  examples?: string[]
  provenanceNote?: string
}
export type TranslationFile = Partial<Record<ContentCollection, Record<string, Entry>>>

const folder = new URL('./translations/', import.meta.url)

export function readTranslationFile(locale: TargetLocale): TranslationFile | null {
  const file = new URL(`${locale}.json`, folder)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslationFile) : null
}

type Ids = Map<string, string>
type Counts = { written: number; kept: number; missing: number }

/**
 * Writes one translation into a document read with `locale: 'all'` (localized fields keyed by language).
 * Requirement rows are shared by all languages; only their texts get the new language.
 */
export function withTranslation(
  doc: AllLocales,
  locale: TargetLocale,
  entry: Entry,
  status: 'published' | 'draft',
): AllLocales {
  const keyed = (value: unknown, text: unknown) => ({ ...((value as Record<string, unknown>) ?? {}), [locale]: text })
  const next: AllLocales = {
    ...doc,
    title: keyed(doc.title, entry.title),
    summary: keyed(doc.summary, entry.summary),
    _status: keyed(doc._status, status),
    // Kept with the version: the public pages mark this language's text as an unreviewed machine translation.
    machineTranslation: keyed(doc.machineTranslation, true),
  }
  for (const field of ['description', 'introduction'] as const) {
    if (entry[field]) next[field] = keyed(doc[field], paragraphsToLexical(entry[field]))
  }
  if (entry.provenanceNote !== undefined) {
    const provenance = (doc.provenance as Record<string, unknown> | undefined) ?? {}
    next.provenance = { ...provenance, note: keyed(provenance.note, entry.provenanceNote) }
  }
  if (entry.requirements) {
    next.requirements = translatedRows(doc, 'requirements', entry.requirements.length).map((row, i) => ({
      ...row,
      requirement: keyed(row.requirement, entry.requirements![i]!.requirement),
      evidence: keyed(row.evidence, entry.requirements![i]!.evidence),
    }))
  }
  if (entry.examples) {
    next.examples = translatedRows(doc, 'examples', entry.examples.length).map((row, i) => ({
      ...row,
      example: keyed(row.example, entry.examples![i]),
    }))
  }
  return next
}

/** The rows of an array field, which all languages share: a translation has one text per row. */
function translatedRows(doc: AllLocales, field: string, count: number): Array<Record<string, unknown>> {
  const rows = (doc[field] as Array<Record<string, unknown>> | undefined) ?? []
  if (rows.length !== count)
    throw new Error(`${String(doc.slug)}: ${count} translated ${field} for ${rows.length} rows`)
  return rows
}

type AllLocales = Record<string, unknown>

/**
 * Loads the translation files. All languages of a document are written at once (one write of the document and one new
 * version) rather than one Payload update per language: each update rewrites every language already stored, so 23
 * separate updates per document grew quadratically (minutes instead of seconds).
 */
export async function loadMachineTranslations(
  payload: Payload,
  req: PayloadRequest,
  idsByCollection: Record<ContentCollection, Ids>,
  locales: readonly TargetLocale[],
  log: (line: string) => void,
  /** more entries per language, e.g. the synthetic benchmark content (./scale.ts) */
  extra?: (locale: TargetLocale) => TranslationFile,
): Promise<Counts> {
  const counts: Counts = { written: 0, kept: 0, missing: 0 }
  const files = locales.map((locale) => [locale, withExtra(readTranslationFile(locale), extra?.(locale))] as const)
  counts.missing = files.filter(([, file]) => !file).length
  if (files.every(([, file]) => !file)) return counts
  const records = await translationRecords(payload, req)
  const written = new Map<TargetLocale, number>()
  for (const [collection, ids] of Object.entries(idsByCollection) as Array<[ContentCollection, Ids]>) {
    for (const [slug, id] of ids) {
      const todo = files.flatMap(([locale, file]) => {
        const entry = file?.[collection]?.[slug]
        if (!entry) return []
        const record = records.get(`${collection}/${id}/${locale}`)
        // Only a language nobody has worked on yet is written: never a person's translation, nor a second time.
        if (!record || record.status !== 'missing') {
          counts.kept++
          return []
        }
        return [{ locale, entry, record }]
      })
      if (todo.length === 0) continue
      const read = (draft: boolean) =>
        payload.findByID({
          collection,
          id,
          locale: 'all',
          draft,
          depth: 0,
          overrideAccess: true,
          req,
        }) as unknown as Promise<AllLocales>
      const [main, latest] = await Promise.all([read(false), read(true)])
      const published = (main._status as Record<string, string> | undefined)?.en === 'published'
      const status = published ? 'published' : 'draft'
      const english = Object.fromEntries(Object.entries(latest).map(([key, value]) => [key, pickEnglish(value)]))
      let nextMain = main
      let nextLatest = latest
      for (const { locale, entry } of todo) {
        nextMain = withTranslation(nextMain, locale, entry, status)
        nextLatest = withTranslation(nextLatest, locale, entry, status)
      }
      const now = new Date().toISOString()
      await payload.db.updateOne({ collection, id, data: { ...nextMain, updatedAt: now }, req })
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: id,
        versionData: { ...nextLatest, updatedAt: now } as never,
        autosave: false,
        createdAt: now,
        updatedAt: now,
        req,
      })
      const fingerprint = sourceFingerprint(collection, english)
      const snapshot = sourceText(collection, english)
      for (const { locale, record } of todo) {
        // A plain status change of a record the seed itself created: written without the operation's hooks.
        await payload.db.updateOne({
          collection: 'translations',
          id: record.id,
          data: {
            status: 'machine',
            sourceFingerprint: fingerprint,
            sourceSnapshot: snapshot,
            note: 'Machine translation loaded by the seed; awaiting review.',
          },
          req,
        })
        written.set(locale, (written.get(locale) ?? 0) + 1)
      }
    }
  }
  for (const [locale, n] of written) {
    counts.written += n
    log(`translations ${locale}: ${n} documents written as machine translations`)
  }
  return counts
}

function withExtra(file: TranslationFile | null, extra: TranslationFile | undefined): TranslationFile | null {
  if (!extra) return file
  const merged: TranslationFile = { ...(file ?? {}) }
  for (const [collection, entries] of Object.entries(extra) as Array<[ContentCollection, Record<string, Entry>]>) {
    merged[collection] = { ...(merged[collection] ?? {}), ...entries }
  }
  return merged
}

/** The English value of a field read with locale 'all' (array rows: their English texts). */
function pickEnglish(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((row) =>
      row && typeof row === 'object'
        ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, pickEnglish(v)]))
        : row,
    )
  if (value && typeof value === 'object' && 'en' in (value as object)) return (value as Record<string, unknown>).en
  return value
}

async function translationRecords(payload: Payload, req: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'translations',
    select: { document: true, language: true, status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((record) => {
      const ref = record.document as { relationTo: string; value: string | { id: string } }
      const docId = typeof ref.value === 'object' ? ref.value.id : ref.value
      return [`${ref.relationTo}/${docId}/${record.language}`, { id: record.id, status: record.status }]
    }),
  )
}
