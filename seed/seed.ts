// The idempotent seed: creates what is missing (found by slug), never duplicates, and leaves documents that exist
// untouched unless `force` is set, in which case their English seed fields are written again.
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'
import { paragraphsToLexical } from '@/richtext/paragraphs'
import { SOURCE_LOCALE, TARGET_LOCALES } from '@/translations/locales'
import { assets } from './data/assets'
import { guidelines } from './data/guidelines'
import { practices2020 } from './data/practices-2020'
import { practices2026 } from './data/practices-2026'
import { packs } from './data/packs'
import { references } from './data/references'
import { requirementTerms } from './data/requirement-terms'
import { loadMachineTranslations } from './machineTranslations'
import { scalePractices, scaleTranslations } from './scale'
import { threats } from './data/threats'
import type { RequirementTerms } from './types'

/** The terms of the synthetic benchmark practices' requirements (seed/scale.ts). */
const SYNTHETIC_TERMS: RequirementTerms = { placement: 'specification', strength: 'mandatory' }

export type SeedOptions = {
  /** Overwrite the English seed fields of documents that already exist (an editor's changes are lost). */
  force?: boolean
  /** Do nothing when the database already holds content. */
  ifEmpty?: boolean
  /** Languages whose machine translations are loaded (default: all 23 with a file in seed/translations/). */
  languages?: readonly (typeof TARGET_LOCALES)[number][]
  /** Adds this many synthetic practices for benchmarks (./scale.ts); 0 or undefined adds none. */
  scale?: number
  log?: (line: string) => void
}

export type SeedReport = Record<string, { created: number; kept: number; updated: number }>

type Ids = Map<string, string>

/** The context flag seen by hooks: the seed is a system action (src/workflow/hooks/requestContext.ts). */
export const SEED_CONTEXT = { seed: true }

export async function seedDatabase(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  if (options.ifEmpty) {
    const { totalDocs } = await payload.count({ collection: 'guidelines', overrideAccess: true })
    if (totalDocs > 0) {
      log('The database already holds content: nothing seeded.')
      return {}
    }
  }
  const req = await createLocalReq({ context: SEED_CONTEXT }, payload)
  await initTransaction(req)
  try {
    const report = await seedAll(payload, req, options, log)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function seedAll(payload: Payload, req: PayloadRequest, options: SeedOptions, log: (line: string) => void) {
  const report: SeedReport = {}
  const upsert = async <T extends { slug: string }>(
    collection: ContentCollection,
    items: T[],
    toData: (item: T) => Record<string, unknown>,
    publish: (item: T) => boolean,
  ): Promise<Ids> => {
    const ids = await existingIds(payload, req, collection)
    const counts = { created: 0, kept: 0, updated: 0 }
    for (const item of items) {
      const existing = ids.get(item.slug)
      const draft = !publish(item)
      // Published seed content counts as reviewed (a system action); drafts await review.
      const data = {
        ...toData(item),
        _status: draft ? 'draft' : 'published',
        reviewStatus: draft ? 'draft' : 'approved',
      }
      if (!existing) {
        const doc = await payload.create({ collection, data: data as never, locale: SOURCE_LOCALE, draft, req })
        ids.set(item.slug, String(doc.id))
        counts.created++
      } else if (options.force) {
        const current = (await payload.findByID({
          collection,
          id: existing,
          locale: SOURCE_LOCALE,
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>
        const merged = keepRowIds(data, current)
        await payload.update({ collection, id: existing, data: merged as never, locale: SOURCE_LOCALE, draft, req })
        counts.updated++
      } else {
        counts.kept++
      }
    }
    report[collection] = counts
    log(`${collection}: ${counts.created} created, ${counts.kept} kept as they were, ${counts.updated} overwritten`)
    return ids
  }

  const referenceIds = await upsert(
    'references',
    references,
    (r) => ({ ...r }),
    () => true,
  )
  const assetIds = await upsert(
    'assets',
    assets,
    (a) => ({
      ...a,
      description: paragraphsToLexical(a.description),
      examples: a.examples.map((example) => ({ example })),
    }),
    () => true,
  )
  const threatIds = await upsert(
    'threats',
    threats,
    (th) => ({
      ...th,
      description: paragraphsToLexical(th.description),
      examples: th.examples.map((example) => ({ example })),
    }),
    () => true,
  )
  const editionIds = await upsert(
    'guidelines',
    guidelines,
    ({ seedStatus: _seedStatus, introduction, ...g }) => ({ ...g, introduction: paragraphsToLexical(introduction) }),
    (g) => g.seedStatus === 'published',
  )
  const editionStatus = new Map(guidelines.map((g) => [g.slug, g.seedStatus]))
  const synthetic = scalePractices(options.scale ?? 0)
  const practices = [...practices2020, ...practices2026, ...synthetic]
  const practiceIds = await upsert(
    'good-practices',
    practices,
    (p) => ({
      ...p,
      edition: lookup(editionIds, p.edition, 'guideline edition'),
      description: paragraphsToLexical(p.description),
      assets: p.assets.map((slug) => lookup(assetIds, slug, 'asset type')),
      relatedAssets: p.relatedAssets.map((slug) => lookup(assetIds, slug, 'asset type')),
      threats: p.threats.map((slug) => lookup(threatIds, slug, 'threat')),
      relatedThreats: p.relatedThreats.map((slug) => lookup(threatIds, slug, 'threat')),
      references: p.references.map((slug) => lookup(referenceIds, slug, 'reference')),
      requirements: p.requirements.map((r, i) => {
        // Every seeded requirement has its terms (tests/unit/seed-mapping.test.ts); the synthetic ones take the default.
        const { cites, ...terms } = requirementTerms[p.slug]?.[i] ?? SYNTHETIC_TERMS
        return { ...r, ...terms, cites: (cites ?? []).map((slug) => lookup(referenceIds, slug, 'reference')) }
      }),
    }),
    (p) => editionStatus.get(p.edition) === 'published',
  )
  const packIds = await upsert(
    'packs',
    packs,
    (k) => ({
      ...k,
      introduction: paragraphsToLexical(k.introduction),
      edition: lookup(editionIds, k.edition, 'guideline edition'),
      practices: k.practices.map((slug) => lookup(practiceIds, slug, 'good practice')),
      assets: k.assets.map((slug) => lookup(assetIds, slug, 'asset type')),
      threats: k.threats.map((slug) => lookup(threatIds, slug, 'threat')),
    }),
    (k) => editionStatus.get(k.edition) === 'published',
  )

  const idsByCollection = {
    guidelines: editionIds,
    'good-practices': practiceIds,
    assets: assetIds,
    threats: threatIds,
    references: referenceIds,
    packs: packIds,
  }
  report.translations = await ensureTranslationRecords(payload, req, idsByCollection)
  const t = report.translations
  log(`translations: ${t.created} status records created, ${t.kept} already there`)
  const extra =
    synthetic.length > 0 ? (locale: (typeof TARGET_LOCALES)[number]) => scaleTranslations(synthetic, locale) : undefined
  const machine = await loadMachineTranslations(
    payload,
    req,
    idsByCollection,
    options.languages ?? TARGET_LOCALES,
    log,
    extra,
  )
  report.machineTranslations = { created: machine.written, kept: machine.kept, updated: 0 }
  return report
}

/**
 * Gives the seed's array rows (requirements, examples) the ids of the rows already stored, by position, so that
 * rewriting the English keeps the rows, and with them every other language's texts of those rows.
 */
function keepRowIds(data: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...data }
  for (const [field, value] of Object.entries(data)) {
    const stored = current[field]
    if (!Array.isArray(value) || !Array.isArray(stored)) continue
    merged[field] = value.map((row, i) => {
      const id = (stored[i] as { id?: string } | undefined)?.id
      return id && row && typeof row === 'object' ? { ...row, id } : row
    })
  }
  return merged
}

function lookup(ids: Ids, slug: string, what: string): string {
  const id = ids.get(slug)
  if (!id) throw new Error(`Seed data refers to the ${what} "${slug}", which does not exist.`)
  return id
}

async function existingIds(payload: Payload, req: PayloadRequest, collection: ContentCollection): Promise<Ids> {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [String((doc as { slug: string }).slug), String(doc.id)]))
}

/** One translation record per content document × non-English language: the missing ones are created as `missing`. */
async function ensureTranslationRecords(
  payload: Payload,
  req: PayloadRequest,
  idsByCollection: Record<ContentCollection, Ids>,
) {
  const { docs } = await payload.find({
    collection: 'translations',
    pagination: false,
    depth: 0,
    select: { document: true, language: true },
    overrideAccess: true,
    req,
  })
  const have = new Set(
    docs.map((record) => {
      const ref = record.document as { relationTo: string; value: string | { id: string } }
      const id = typeof ref.value === 'object' ? ref.value.id : ref.value
      return `${ref.relationTo}/${id}/${record.language}`
    }),
  )
  const counts = { created: 0, kept: 0, updated: 0 }
  for (const collection of CONTENT_COLLECTIONS) {
    for (const id of idsByCollection[collection].values()) {
      for (const language of TARGET_LOCALES) {
        if (have.has(`${collection}/${id}/${language}`)) {
          counts.kept++
          continue
        }
        // The seed's own bookkeeping, known to be unique (checked against `have` above): written without hooks.
        await payload.db.create({
          collection: 'translations',
          data: { document: { relationTo: collection, value: id }, language, status: 'missing' },
          req,
        })
        counts.created++
      }
    }
  }
  return counts
}
