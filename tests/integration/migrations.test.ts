// The committed migrations, applied to a database made by the previous release, keep what it held. SQLite migrations
// that rebuild a table run inside a transaction, where foreign keys stay on: a rebuild then deletes by cascade every
// row that points at the table, unless the migration keeps those rows aside.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
const run = (query: ReturnType<typeof sql>) =>
  (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(query)

const REFERENCE = '00000000-0000-4000-8000-000000000001'
const PRACTICE = '00000000-0000-4000-8000-000000000002'
const PRACTICE_VERSION = '00000000-0000-4000-8000-000000000003'
// A practice of the seed, with the links every practice had before links got a strength.
const SEED_PRACTICE = '00000000-0000-4000-8000-000000000010'
const SEED_PRACTICE_VERSION = '00000000-0000-4000-8000-000000000011'
const BMS = '00000000-0000-4000-8000-000000000020' // key for that practice in the seed's mapping
const DEVICES = '00000000-0000-4000-8000-000000000021' // not key for it
const PROCUREMENT_ERRORS = '00000000-0000-4000-8000-000000000030' // key
const RANSOMWARE = '00000000-0000-4000-8000-000000000031' // not key

beforeAll(async () => {
  t = await startTestPayload({ schema: 'migrations' })
  payload = t.payload
  // The database as the release before references were reviewed content left it: a reference with an English and a
  // French text, linked from a published practice and from that practice's version.
  const before = migrations.findIndex((m) => m.name.endsWith('_references_reviewed'))
  expect(before).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: migrations.slice(0, before) as never })
  await run(
    sql`INSERT INTO \`references\` (id, slug, url, kind) VALUES (${REFERENCE}, 'nis2-directive', 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj', 'regulation')`,
  )
  await run(
    sql`INSERT INTO references_locales (label, _locale, _parent_id) VALUES ('NIS2 Directive', 'en', ${REFERENCE}), ('Directive NIS2', 'fr', ${REFERENCE})`,
  )
  await run(sql`INSERT INTO good_practices (id, slug, code) VALUES (${PRACTICE}, 'gp-test', 'GP 1')`)
  await run(
    sql`INSERT INTO good_practices_locales (title, _status, review_status, _locale, _parent_id) VALUES ('A practice', 'published', 'approved', 'en', ${PRACTICE})`,
  )
  await run(
    sql`INSERT INTO good_practices_rels ("order", parent_id, path, references_id) VALUES (1, ${PRACTICE}, 'references', ${REFERENCE})`,
  )
  await run(
    sql`INSERT INTO _good_practices_v (id, parent_id, version_slug, latest) VALUES (${PRACTICE_VERSION}, ${PRACTICE}, 'gp-test', 1)`,
  )
  await run(
    sql`INSERT INTO _good_practices_v_rels ("order", parent_id, path, references_id) VALUES (1, ${PRACTICE_VERSION}, 'version.references', ${REFERENCE})`,
  )
  await run(
    sql`INSERT INTO assets (id, slug) VALUES (${BMS}, 'building-management-systems'), (${DEVICES}, 'medical-devices')`,
  )
  await run(
    sql`INSERT INTO threats (id, slug) VALUES (${PROCUREMENT_ERRORS}, 'procurement-errors'), (${RANSOMWARE}, 'ransomware')`,
  )
  await run(
    sql`INSERT INTO good_practices (id, slug, code) VALUES (${SEED_PRACTICE}, 'involve-the-it-department', 'GP 2')`,
  )
  await run(
    sql`INSERT INTO _good_practices_v (id, parent_id, version_slug, latest) VALUES (${SEED_PRACTICE_VERSION}, ${SEED_PRACTICE}, 'involve-the-it-department', 1)`,
  )
  for (const [table, parent, prefix] of [
    ['good_practices_rels', SEED_PRACTICE, ''],
    ['_good_practices_v_rels', SEED_PRACTICE_VERSION, 'version.'],
  ] as const) {
    let order = 1
    for (const [column, id] of [
      ['assets', BMS],
      ['assets', DEVICES],
      ['threats', PROCUREMENT_ERRORS],
      ['threats', RANSOMWARE],
    ] as const) {
      await run(
        sql`INSERT INTO ${sql.identifier(table)} ("order", parent_id, path, ${sql.identifier(`${column}_id`)}) VALUES (${order++}, ${parent}, ${prefix + column}, ${id})`,
      )
    }
  }
  // A practice an editor made: not in the seed's mapping.
  await run(
    sql`INSERT INTO good_practices_rels ("order", parent_id, path, assets_id) VALUES (2, ${PRACTICE}, 'assets', ${DEVICES})`,
  )
  await payload.db.migrate({ migrations: migrations as never })
}, 120_000)
afterAll(async () => {
  await t?.cleanup()
})

describe('upgrading a database of the previous release', () => {
  it("keeps each practice's links to its references, in the practice and in its versions", async () => {
    const practice = await payload.findByID({ collection: 'good-practices', id: PRACTICE, depth: 0, locale: 'en' })
    expect(practice.references).toEqual([REFERENCE])
    const { docs } = await payload.findVersions({
      collection: 'good-practices',
      where: { parent: { equals: PRACTICE } },
      depth: 0,
    })
    expect(docs.map((v) => v.version.references)).toEqual([[REFERENCE]])
  })

  it("splits a seed practice's links into key and related by the seed's mapping, in the practice and its versions", async () => {
    const practice = await payload.findByID({ collection: 'good-practices', id: SEED_PRACTICE, depth: 0, locale: 'en' })
    expect([practice.assets, practice.relatedAssets, practice.threats, practice.relatedThreats]).toEqual([
      [BMS],
      [DEVICES],
      [PROCUREMENT_ERRORS],
      [RANSOMWARE],
    ])
    const { docs } = await payload.findVersions({
      collection: 'good-practices',
      where: { parent: { equals: SEED_PRACTICE } },
      depth: 0,
    })
    expect(
      docs.map((v) => [v.version.assets, v.version.relatedAssets, v.version.threats, v.version.relatedThreats]),
    ).toEqual([[[BMS], [DEVICES], [PROCUREMENT_ERRORS], [RANSOMWARE]]])
  })

  it('keeps every link of a practice an editor made as key', async () => {
    const practice = await payload.findByID({ collection: 'good-practices', id: PRACTICE, depth: 0, locale: 'en' })
    expect([practice.assets, practice.relatedAssets ?? []]).toEqual([[DEVICES], []])
  })

  it('can be undone: every link is a plain link again', async () => {
    const relevance = migrations.find((m) => m.name.endsWith('_practice_relevance_links'))!
    await relevance.down({ db: (payload.db as never as { drizzle: never }).drizzle, payload, req: {} } as never)
    const rows = (await (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<unknown[]> } }).drizzle.all(
      sql`SELECT path FROM good_practices_rels WHERE parent_id = ${SEED_PRACTICE} ORDER BY "order"`,
    )) as { path: string }[]
    expect(rows.map((r) => r.path)).toEqual(['assets', 'assets', 'threats', 'threats'])
    await relevance.up({ db: (payload.db as never as { drizzle: never }).drizzle, payload, req: {} } as never)
    const again = await payload.findByID({ collection: 'good-practices', id: SEED_PRACTICE, depth: 0, locale: 'en' })
    expect(again.relatedAssets).toEqual([DEVICES])
  })

  it('keeps the references public as they were, in each of their languages, with a first version', async () => {
    for (const [locale, label] of [
      ['en', 'NIS2 Directive'],
      ['fr', 'Directive NIS2'],
    ] as const) {
      const { docs } = await payload.find({
        collection: 'references',
        locale,
        fallbackLocale: 'none',
        depth: 0,
        overrideAccess: false,
      })
      expect(docs.map((d) => [d.label, d.url])).toEqual([[label, 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj']])
    }
    const versions = await payload.findVersions({
      collection: 'references',
      where: { parent: { equals: REFERENCE } },
      locale: 'fr',
      depth: 0,
    })
    expect(versions.docs.map((v) => [v.version.label, v.version._status, v.version.reviewStatus])).toEqual([
      ['Directive NIS2', 'published', 'approved'],
    ])
  })

  it('gives each reference a translation record per language: approved where it had a text, missing elsewhere', async () => {
    const { docs } = await payload.find({
      collection: 'translations',
      where: { 'document.value': { equals: REFERENCE } },
      pagination: false,
      depth: 0,
    })
    expect(docs).toHaveLength(23)
    expect(docs.filter((d) => d.status === 'approved').map((d) => d.language)).toEqual(['fr'])
  })
})
