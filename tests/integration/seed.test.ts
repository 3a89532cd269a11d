// The seed: counts, stable identifiers, link integrity, drafts kept from the public, and idempotency.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seedDatabase, type SeedReport } from '../../seed/seed'
import { TARGET_LOCALES } from '@/translations/locales'
import { ASSET_SLUGS, CODES_2026, EDITIONS, PRACTICES_2020, THREATS_BY_GROUP } from '../fixtures/identifiers'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let firstRun: SeedReport
let firstRunMs: number
// Machine translations loaded in this file (all 23 take ~90 s; the e2e run loads others).
const LOADED = ['fr', 'el'] as const

beforeAll(async () => {
  t = await startTestPayload()
  const started = Date.now()
  firstRun = await seedDatabase(t.payload, { languages: LOADED })
  firstRunMs = Date.now() - started
})
afterAll(async () => {
  await t?.cleanup()
})

const count = async (
  collection: 'guidelines' | 'good-practices' | 'assets' | 'threats' | 'references' | 'translations',
) => (await t.payload.count({ collection, overrideAccess: true })).totalDocs

const publicPractices = (locale: 'en' | 'fr' | 'el' | 'de' = 'en') =>
  t.payload.find({
    collection: 'good-practices',
    locale,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    sort: 'order',
  })

describe('seed content', () => {
  it('creates both editions, 34 practices, 10 asset types and 28 threats', async () => {
    expect(await count('guidelines')).toBe(2)
    expect(await count('good-practices')).toBe(28 + 6)
    expect(await count('assets')).toBe(10)
    expect(await count('threats')).toBe(28)
    expect(await count('references')).toBeGreaterThanOrEqual(10)
    console.log(`seed of an empty database: ${firstRunMs} ms`, JSON.stringify(firstRun))
  })

  it('uses every stable identifier, with the phases of identifiers.md', async () => {
    const slugsOf = async (collection: 'assets' | 'threats' | 'guidelines') =>
      (await t.payload.find({ collection, pagination: false, overrideAccess: true, draft: true })).docs.map(
        (d) => d.slug,
      )
    expect((await slugsOf('assets')).sort()).toEqual([...ASSET_SLUGS].sort())
    expect((await slugsOf('guidelines')).sort()).toEqual(Object.values(EDITIONS).sort())
    const threats = (await t.payload.find({ collection: 'threats', pagination: false, overrideAccess: true })).docs
    for (const [group, slugs] of Object.entries(THREATS_BY_GROUP)) {
      expect(
        threats
          .filter((th) => th.group === group)
          .map((th) => th.slug)
          .sort(),
      ).toEqual([...slugs].sort())
    }
    const practices = (await publicPractices()).docs
    expect(practices.map((p) => [p.code, p.slug, p.phase])).toEqual(PRACTICES_2020)
    const all = (
      await t.payload.find({ collection: 'good-practices', pagination: false, overrideAccess: true, draft: true })
    ).docs
    expect(all.map((p) => p.code)).toEqual(expect.arrayContaining(CODES_2026))
  })

  it('links every practice to at least one asset type and one threat, and each requirement has evidence', async () => {
    const all = (
      await t.payload.find({
        collection: 'good-practices',
        pagination: false,
        overrideAccess: true,
        draft: true,
        depth: 0,
      })
    ).docs
    for (const practice of all) {
      // Linked, as key or as related, to at least one asset type and one threat.
      const links = (key?: unknown[] | null, related?: unknown[] | null) => (key?.length ?? 0) + (related?.length ?? 0)
      expect({ code: practice.code, assets: links(practice.assets, practice.relatedAssets) }).toMatchObject({
        assets: expect.any(Number),
      })
      expect(links(practice.assets, practice.relatedAssets)).toBeGreaterThanOrEqual(1)
      expect(links(practice.threats, practice.relatedThreats)).toBeGreaterThanOrEqual(1)
      expect(practice.requirements?.length ?? 0).toBeGreaterThanOrEqual(3)
      expect(practice.requirements?.length ?? 0).toBeLessThanOrEqual(6)
      for (const row of practice.requirements ?? []) {
        expect(row.requirement.trim().length).toBeGreaterThan(10)
        expect(row.evidence.trim().length).toBeGreaterThan(5)
      }
      expect(['verified', 'reconstructed', 'proposed']).toContain(practice.provenance.status)
    }
    const m9 = all.find((p) => p.code === 'M9')
    expect(m9?.threats?.length).toBe(2)
  })

  it('publishes the 2020 edition with its 28 practices and their links, readable by anyone in English', async () => {
    const { docs } = await publicPractices()
    expect(docs).toHaveLength(28)
    const g1 = docs[0]!
    expect(typeof g1.edition === 'object' && g1.edition?.slug).toBe(EDITIONS.published)
    expect(g1.assets?.every((a) => typeof a === 'object' && typeof a.slug === 'string')).toBe(true)
    expect(g1.threats?.every((th) => typeof th === 'object' && typeof th.slug === 'string')).toBe(true)
  })

  it('keeps the 2026 edition and its measures as drafts the public never sees, in any language', async () => {
    for (const locale of ['en', 'fr', 'el'] as const) {
      const { docs } = await publicPractices(locale)
      expect(docs.some((p) => CODES_2026.includes(p.code))).toBe(false)
      const editions = await t.payload.find({ collection: 'guidelines', locale, overrideAccess: false, draft: true })
      expect(editions.docs.map((g) => g.slug)).not.toContain(EDITIONS.draft)
    }
  })

  it('creates one translation record per content document and non-English language', async () => {
    const documents = 2 + 34 + 10 + 28 + 6 // editions, practices, asset types, threats, packs
    const references = 27 // in English only: names of laws and standards, with the official address
    expect(await count('translations')).toBe((documents + references) * TARGET_LOCALES.length)
    const machine = await t.payload.count({
      collection: 'translations',
      where: { status: { equals: 'machine' } },
      overrideAccess: true,
    })
    expect(machine.totalDocs).toBe(documents * LOADED.length)
    const other = await t.payload.count({
      collection: 'translations',
      where: { status: { not_in: ['machine', 'missing'] } },
      overrideAccess: true,
    })
    expect(other.totalDocs).toBe(0)
  })
})

describe('machine translations of the seed', () => {
  it('publishes the 2020 content in each loaded language, marked machine, with the English fingerprint', async () => {
    const fr = await publicPractices('fr')
    expect(fr.docs).toHaveLength(28)
    expect(fr.docs[0]!.title).not.toBe('Involve the IT department in procurement')
    const el = await publicPractices('el')
    expect(el.docs[0]!.title).toMatch(/[\u0370-\u03ff]/)
    expect(el.docs[0]!.requirements?.[0]?.requirement).toMatch(/[\u0370-\u03ff]/)
    const record = await t.payload.find({
      collection: 'translations',
      where: { and: [{ 'document.value': { equals: fr.docs[0]!.id } }, { language: { equals: 'fr' } }] },
      overrideAccess: true,
    })
    expect(record.docs[0]?.status).toBe('machine')
    expect(record.docs[0]?.sourceFingerprint).toMatch(/^[0-9a-f]{16}$/)
    // The public can tell it is a machine translation (the pages say so), from the published text itself.
    expect(fr.docs.every((d) => d.machineTranslation === true)).toBe(true)
    expect((await publicPractices('en')).docs.every((d) => d.machineTranslation === false)).toBe(true)
  })

  it('keeps the rows of requirements shared across languages', async () => {
    const [en] = (await publicPractices('en')).docs
    const [fr] = (await publicPractices('fr')).docs
    expect(fr!.requirements?.map((r) => r.id)).toEqual(en!.requirements?.map((r) => r.id))
  })

  it('never publishes a translation of a 2026 draft', async () => {
    for (const locale of LOADED) {
      const { docs } = await publicPractices(locale)
      expect(docs.some((p) => CODES_2026.includes(p.code))).toBe(false)
    }
  })

  it('leaves languages without a loaded translation untranslated (missing)', async () => {
    const de = await publicPractices('de' as never)
    expect(de.totalDocs).toBe(0)
  })
})

describe('running the seed again', () => {
  it('creates nothing and keeps an editor’s change', async () => {
    const before = await Promise.all(
      ['guidelines', 'good-practices', 'assets', 'threats', 'references', 'translations'].map((c) => count(c as never)),
    )
    const g1 = (
      await t.payload.find({ collection: 'good-practices', where: { code: { equals: 'G1' } }, overrideAccess: true })
    ).docs[0]!
    await t.payload.update({
      collection: 'good-practices',
      id: g1.id,
      locale: 'en',
      data: { title: 'Edited by an editor', _status: 'published' },
    })

    const second = await seedDatabase(t.payload, { languages: LOADED })
    const after = await Promise.all(
      ['guidelines', 'good-practices', 'assets', 'threats', 'references', 'translations'].map((c) => count(c as never)),
    )
    expect(after).toEqual(before)
    expect(Object.values(second).every((c) => c.created === 0)).toBe(true)
    const kept = await t.payload.findByID({
      collection: 'good-practices',
      id: g1.id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(kept.title).toBe('Edited by an editor')
  })

  it('overwrites the English seed fields only when asked with force', async () => {
    const report = await seedDatabase(t.payload, { force: true, languages: [] })
    expect(report['good-practices']?.updated).toBe(34)
    // Rewriting the English keeps the requirement rows, and so the translations of them.
    const [fr] = (await publicPractices('fr')).docs
    expect(fr!.requirements?.every((r) => r.requirement && r.requirement !== '')).toBe(true)
    const g1 = (
      await t.payload.find({ collection: 'good-practices', where: { code: { equals: 'G1' } }, overrideAccess: true })
    ).docs[0]!
    expect(g1.title).not.toBe('Edited by an editor')
    expect(await count('good-practices')).toBe(34)
  })

  it('never overwrites a translation a person has worked on', async () => {
    const g2 = (
      await t.payload.find({ collection: 'good-practices', where: { code: { equals: 'G2' } }, overrideAccess: true })
    ).docs[0]!
    await t.payload.update({
      collection: 'good-practices',
      id: g2.id,
      locale: 'el',
      data: { title: 'Διαχείριση ευπαθειών (εγκεκριμένο)', _status: 'published' },
    })
    const record = (
      await t.payload.find({
        collection: 'translations',
        where: { and: [{ 'document.value': { equals: g2.id } }, { language: { equals: 'el' } }] },
        overrideAccess: true,
      })
    ).docs[0]!
    await t.payload.update({
      collection: 'translations',
      id: record.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    await seedDatabase(t.payload, { languages: ['el'] })
    const after = await t.payload.findByID({
      collection: 'good-practices',
      id: g2.id,
      locale: 'el',
      overrideAccess: true,
    })
    expect(after.title).toBe('Διαχείριση ευπαθειών (εγκεκριμένο)')
  })

  it('with ifEmpty, does nothing on a database that holds content', async () => {
    expect(await seedDatabase(t.payload, { ifEmpty: true })).toEqual({})
  })
})
