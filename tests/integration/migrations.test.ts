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
