// Backup and restore (`npm run export` / `npm run import`): a dump of a seeded database with workflow state in flight,
// restored into a second, empty database, dumps again to the same file; what the public and the workflow see is the
// same; bad files and non-empty databases are refused and leave nothing behind.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { seedDatabase } from '../../seed/seed'
import { adminResetLinks } from '@/backup/accounts'
import { dumpDatabase } from '@/backup/dump'
import {
  DUMP_FORMAT,
  DUMPED_COLLECTIONS,
  DumpFormatError,
  parseDump,
  VERSIONED_COLLECTIONS,
  type Dump,
} from '@/backup/format'
import { restoreDatabase, restoreFromText, RestoreRefusedError } from '@/backup/restore'
import type { GoodPractice, User } from '@/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let source: TestPayload
let target: TestPayload
let editor: User, reviewer: User, translatorFr: User
let adminEmail: string
let dump: Dump
let practices: Record<'G1' | 'G2' | 'G3' | 'G4', GoodPractice>

const G1_DRAFT_TITLE = 'Involve IT from day one (draft, not yet published)'

/**
 * A second Payload, on its own empty SQLite database, in the same process. Payload caches one instance per key and
 * the config reads DATABASE_URI when it is first imported, so the target gets its own key and its own adapter. The
 * SQLite adapter skips the schema push when the schema equals the last one it pushed in this process (kept in a
 * module variable): PAYLOAD_FORCE_DRIZZLE_PUSH makes it push into the new database too.
 */
async function startEmptyPayload(): Promise<TestPayload> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-restore-'))
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@payload-config')
  const { databaseAdapter } = await import('@/db/adapter')
  const previous = { uri: process.env.DATABASE_URI, push: process.env.PAYLOAD_FORCE_DRIZZLE_PUSH }
  process.env.DATABASE_URI = `file:${path.join(dir, 'restored.db')}`
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    const config = await configPromise
    const payload = await getPayload({
      config: { ...config, db: databaseAdapter() as typeof config.db },
      key: 'backup-restore-target',
    })
    return {
      payload,
      cleanup: async () => {
        await payload.destroy()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } finally {
    process.env.DATABASE_URI = previous.uri
    if (previous.push === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = previous.push
  }
}

const byCode = async (payload: Payload, code: string) =>
  (
    await payload.find({
      collection: 'good-practices',
      where: { code: { equals: code } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

/** Everything a dump would hold, counted: zero means nothing was written. */
async function rows(payload: Payload): Promise<number> {
  let total = 0
  for (const slug of DUMPED_COLLECTIONS) total += (await payload.db.count({ collection: slug })).totalDocs
  for (const slug of VERSIONED_COLLECTIONS) total += (await payload.db.countVersions({ collection: slug })).totalDocs
  return total
}

/** A draft save in one language, as that user. */
const practiceWrite = (id: string, user: User, locale: 'en' | 'fr', data: Record<string, unknown>) =>
  source.payload.update({
    collection: 'good-practices',
    id,
    locale,
    draft: true,
    user,
    overrideAccess: false,
    data: { ...data, _status: 'draft' } as never,
  })

beforeAll(async () => {
  source = await startTestPayload()
  await seedDatabase(source.payload, { languages: ['fr'] })
  adminEmail = (await makeUser(source.payload, ['admin'])).email
  editor = await makeUser(source.payload, ['editor'])
  reviewer = await makeUser(source.payload, ['reviewer'])
  translatorFr = await makeUser(source.payload, ['translator'], ['fr'])
  practices = {
    G1: await byCode(source.payload, 'G1'),
    G2: await byCode(source.payload, 'G2'),
    G3: await byCode(source.payload, 'G3'),
    G4: await byCode(source.payload, 'G4'),
  }
  const { G1, G2, G3, G4 } = practices
  // G1: an unpublished English draft of a published practice (the public keeps the published text).
  await practiceWrite(G1.id, editor, 'en', { title: G1_DRAFT_TITLE })
  // G2: a French translation submitted for review.
  await practiceWrite(G2.id, translatorFr, 'fr', {
    title: 'Gérer les vulnérabilités (relu)',
    reviewStatus: 'in_review',
  })
  // G3: a French translation sent back with a comment.
  await practiceWrite(G3.id, translatorFr, 'fr', {
    title: 'Exiger des correctifs (proposition)',
    reviewStatus: 'in_review',
  })
  await practiceWrite(G3.id, reviewer, 'fr', {
    reviewStatus: 'changes_requested',
    reviewComment: 'Utilisez le terme du glossaire.',
  })
  // G4: a French translation approved and published on its own.
  await practiceWrite(G4.id, translatorFr, 'fr', { title: 'Traduction relue et publiée', reviewStatus: 'in_review' })
  await practiceWrite(G4.id, reviewer, 'fr', { reviewStatus: 'approved' })
  // As the admin's "Publish in French" does it.
  await source.payload.update({
    collection: 'good-practices',
    id: G4.id,
    locale: 'fr',
    publishSpecificLocale: 'fr',
    user: reviewer,
    overrideAccess: false,
    data: { _status: 'published' },
  })
  // An image with alternative texts in two languages, used as an asset's social image.
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#0a5' } })
    .png()
    .toBuffer()
  const media = await source.payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: 'A hospital network diagram' },
    file: { data: png, mimetype: 'image/png', name: 'diagram.png', size: png.length },
  })
  await source.payload.update({
    collection: 'media',
    id: media.id,
    locale: 'fr',
    data: { alt: 'Schéma du réseau hospitalier' },
  })
  const asset = (
    await source.payload.find({
      collection: 'assets',
      where: { slug: { equals: 'medical-devices' } },
      overrideAccess: true,
    })
  ).docs[0]!
  await source.payload.update({
    collection: 'assets',
    id: asset.id,
    locale: 'en',
    data: { meta: { image: media.id }, _status: 'published' },
  })
  // A publication scheduled for later (the job queue is part of the workflow state).
  await source.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      locale: 'fr',
      doc: { relationTo: 'good-practices', value: G2.id },
      user: { relationTo: 'users', value: reviewer.id },
    },
    waitUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  } as never)

  // The review notifications those steps queued go out (as the server's queue would send them) before the dump.
  await source.payload.jobs.run({ queue: 'notifications' })
  dump = await dumpDatabase(source.payload)
  target = await startEmptyPayload()
})

afterAll(async () => {
  await target?.cleanup()
  await source?.cleanup()
})

describe('the dump', () => {
  it('holds every collection in every language, the versions, and no credentials', () => {
    expect(dump.format).toBe(DUMP_FORMAT)
    expect(dump.collections['good-practices']).toHaveLength(34)
    expect(dump.collections.translations).toHaveLength((80 + 27) * 23) // 80 documents (6 packs) and 27 references
    expect(dump.collections.packs).toHaveLength(6)
    expect(dump.collections.users).toHaveLength(4)
    expect(dump.collections.media).toHaveLength(1)
    expect(dump.collections['payload-jobs']).toHaveLength(1)
    expect(dump.collections['review-events']).toHaveLength(7) // G1: 1, G2: 1, G3: 2, G4: 3
    const g1 = dump.collections['good-practices'].find((doc) => doc.id === practices.G1.id)!
    // Links are ids, localized fields hold every language, the status is per language.
    expect(typeof g1.edition).toBe('string')
    expect(g1.title).toMatchObject({ en: practices.G1.title, fr: expect.any(String) })
    expect(g1._status).toMatchObject({ en: 'published', fr: 'published' })
    // The published document keeps the published title; the newest version holds the draft.
    const latest = dump.versions['good-practices'].find((v) => v.parent === practices.G1.id && v.latest)!
    expect((latest.version.title as Record<string, string>).en).toBe(G1_DRAFT_TITLE)
    // Publishing French on its own left a version that says so, and Payload's snapshot of the other languages' drafts.
    const g4 = dump.versions['good-practices'].filter((v) => v.parent === practices.G4.id)
    expect(g4.some((v) => v.publishedLocale === 'fr')).toBe(true)
    expect(g4.some((v) => v.snapshot === true)).toBe(true)
    // Accounts: who they are, their roles and languages; no credentials, tokens, sessions or lockout counters.
    for (const user of dump.collections.users)
      expect(Object.keys(user).sort()).toEqual(['createdAt', 'email', 'id', 'languages', 'name', 'roles', 'updatedAt'])
    const text = JSON.stringify(dump)
    for (const secret of ['"hash"', '"salt"', '"resetPasswordToken"', '"sessions"', '"loginAttempts"'])
      expect(text).not.toContain(secret)
  })
})

describe('refusals leave the database untouched', () => {
  const file = (change: (copy: Record<string, any>) => void) => {
    const copy = JSON.parse(JSON.stringify(dump)) as Record<string, any>
    change(copy)
    return JSON.stringify(copy)
  }

  it.each([
    ['not JSON', () => '{"format": "procuresec.dump/1", ', /^The file is not JSON/],
    [
      'another kind of file',
      () => file((d) => (d.format = 'procuresec.selection/1')),
      /not a ProcureSec dump: "format" is "procuresec.selection\/1"/,
    ],
    ['no format marker', () => file((d) => delete d.format), /not a ProcureSec dump: "format" is undefined/],
    [
      'an unknown version',
      () => file((d) => (d.format = 'procuresec.dump/2')),
      /Unsupported dump version "procuresec.dump\/2": this version of ProcureSec reads "procuresec.dump\/1" only/,
    ],
    [
      'a missing collection',
      () => file((d) => delete d.collections.translations),
      /"collections" lacks "translations"/,
    ],
    [
      'an unknown collection',
      () => file((d) => (d.collections.orders = [])),
      /"collections" has unknown collection\(s\) "orders"/,
    ],
    [
      'a document without id',
      () => file((d) => delete d.collections.threats[3].id),
      /collections\.threats\[3\]\.id must be a non-empty string/,
    ],
    [
      'a duplicate id',
      () => file((d) => (d.collections.assets[1].id = d.collections.assets[0].id)),
      /collections\.assets\[1\]\.id: the id ".*" appears twice in assets/,
    ],
    [
      'an orphan version',
      () => file((d) => (d.versions.threats[0].parent = 'no-such-threat')),
      /versions\.threats\[0\]\.parent \("no-such-threat"\) is not the id of a document in collections\.threats/,
    ],
    [
      'an account with a password hash',
      () => file((d) => (d.collections.users[0].hash = 'x')),
      /collections\.users\[0\] carries "hash": a dump never holds credentials/,
    ],
  ])('refuses %s with a precise message', async (_name, text, message) => {
    const attempt = restoreFromText(target.payload, text())
    await expect(attempt).rejects.toBeInstanceOf(DumpFormatError)
    await expect(restoreFromText(target.payload, text())).rejects.toThrow(message)
    expect(await rows(target.payload)).toBe(0)
  })

  it('refuses a dump from another kind of database or with other languages', async () => {
    await expect(restoreDatabase(target.payload, { ...dump, database: 'mongoose' })).rejects.toThrow(
      /read from a mongoose database; this site uses sqlite/,
    )
    await expect(restoreDatabase(target.payload, { ...dump, locales: [...dump.locales, 'xx'] })).rejects.toBeInstanceOf(
      RestoreRefusedError,
    )
    expect(await rows(target.payload)).toBe(0)
  })

  it.each([
    ['inside a transaction', true],
    ['by emptying the database again where there is no transaction', false],
  ])('undoes a restore that fails halfway (%s)', async (_name, useTransaction) => {
    // Valid as a file, refused by the database: two asset types with the same slug (written after users, media,
    // references, guidelines and their versions).
    const broken = JSON.parse(JSON.stringify(dump)) as Dump
    broken.collections.assets[1]!.slug = broken.collections.assets[0]!.slug
    await expect(restoreDatabase(target.payload, broken, { useTransaction })).rejects.toThrow(
      /^Could not write assets [0-9a-f-]{36}: The following field is invalid: slug \(slug: Value must be unique\)$/,
    )
    expect(await rows(target.payload)).toBe(0)
  })
})

describe('restoring into an empty database', () => {
  let report: Awaited<ReturnType<typeof restoreDatabase>>
  beforeAll(async () => {
    report = await restoreFromText(target.payload, JSON.stringify(dump))
  })

  it('writes everything in one transaction and dumps again to the same content', async () => {
    expect(report.atomicity).toBe('transaction')
    expect(report.documents['good-practices']).toBe(34)
    const again = await dumpDatabase(target.payload)
    // Everything but the moment of the export: ids, dates, versions and their flags, every language.
    expect({ ...again, exportedAt: null }).toEqual({ ...dump, exportedAt: null })
  })

  it('shows the public the same published texts in every language', async () => {
    for (const collection of ['guidelines', 'good-practices', 'assets', 'threats', 'references'] as const) {
      for (const locale of ['en', 'fr', 'de'] as const) {
        const read = (payload: Payload) =>
          payload.find({ collection, locale, overrideAccess: false, pagination: false, sort: 'slug', depth: 0 })
        const [before, after] = await Promise.all([read(source.payload), read(target.payload)])
        expect(after.docs).toEqual(before.docs)
      }
    }
    const fr = await target.payload.findByID({
      collection: 'good-practices',
      id: practices.G4.id,
      locale: 'fr',
      overrideAccess: false,
    })
    expect(fr.title).toBe('Traduction relue et publiée')
  })

  it('keeps the draft a draft', async () => {
    const published = await target.payload.findByID({
      collection: 'good-practices',
      id: practices.G1.id,
      locale: 'en',
      overrideAccess: false,
      draft: true,
    })
    expect(published.title).toBe(practices.G1.title)
    const draft = await target.payload.findByID({
      collection: 'good-practices',
      id: practices.G1.id,
      locale: 'en',
      overrideAccess: true,
      draft: true,
    })
    expect(draft.title).toBe(G1_DRAFT_TITLE)
    expect(draft.reviewStatus).toBe('draft')
    const g3 = await target.payload.findByID({
      collection: 'good-practices',
      id: practices.G3.id,
      locale: 'fr',
      overrideAccess: true,
      draft: true,
    })
    expect(g3).toMatchObject({ reviewStatus: 'changes_requested', reviewComment: 'Utilisez le terme du glossaire.' })
    expect(
      await target.payload.find({ collection: 'guidelines', overrideAccess: false, draft: true, pagination: false }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('resolves the links', async () => {
    // In English: the references have no French text, and a document not published in a language is not shown in it.
    const read = (payload: Payload) =>
      payload.findByID({
        collection: 'good-practices',
        id: practices.G4.id,
        locale: 'en',
        depth: 1,
        overrideAccess: false,
      })
    const [before, after] = await Promise.all([read(source.payload), read(target.payload)])
    const slugs = (doc: GoodPractice) => ({
      edition: typeof doc.edition === 'object' ? doc.edition.slug : null,
      assets: doc.assets?.map((a) => (typeof a === 'object' ? a.slug : null)),
      threats: doc.threats?.map((th) => (typeof th === 'object' ? th.slug : null)),
      references: doc.references?.map((r) => (typeof r === 'object' ? r.slug : null)),
    })
    expect(slugs(after).assets?.length).toBeGreaterThan(0)
    expect(slugs(after).references?.every((slug) => typeof slug === 'string')).toBe(true)
    expect(slugs(after)).toEqual(slugs(before))
    const asset = (
      await target.payload.find({
        collection: 'assets',
        where: { slug: { equals: 'medical-devices' } },
        locale: 'fr',
        depth: 1,
        overrideAccess: false,
      })
    ).docs[0]!
    expect(asset.meta?.image).toMatchObject({ filename: 'diagram.png', alt: 'Schéma du réseau hospitalier' })
    const events = await target.payload.find({
      collection: 'review-events',
      where: { 'document.value': { equals: practices.G3.id } },
      depth: 1,
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(
      events.docs.map((e) => [e.language, e.from, e.to, typeof e.user === 'object' ? e.user?.email : e.user]),
    ).toEqual([
      ['fr', 'draft', 'in_review', translatorFr.email],
      ['fr', 'in_review', 'changes_requested', reviewer.email],
    ])
  })

  it('keeps the translation records and their fingerprints', async () => {
    const records = async (payload: Payload) =>
      (
        await payload.find({
          collection: 'translations',
          pagination: false,
          sort: 'id',
          depth: 0,
          overrideAccess: true,
        })
      ).docs.map((r) => ({
        id: r.id,
        document: r.document,
        language: r.language,
        status: r.status,
        sourceFingerprint: r.sourceFingerprint,
        translator: r.translator,
        reviewer: r.reviewer,
      }))
    const [before, after] = await Promise.all([records(source.payload), records(target.payload)])
    expect(after).toEqual(before)
    const status = (id: string) => after.find((r) => (r.document.value as string) === id && r.language === 'fr')?.status
    expect([
      status(practices.G1.id),
      status(practices.G2.id),
      status(practices.G3.id),
      status(practices.G4.id),
    ]).toEqual(['outdated', 'in_review', 'changes_requested', 'approved'])
    expect(after.find((r) => r.document.value === practices.G4.id && r.language === 'fr')?.sourceFingerprint).toMatch(
      /^[0-9a-f]{16}$/,
    )
  })

  it('keeps the scheduled publication', async () => {
    const { docs } = await target.payload.find({ collection: 'payload-jobs', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      taskSlug: 'schedulePublish',
      input: { doc: { value: practices.G2.id }, locale: 'fr' },
    })
  })

  it('lets the work go on: accounts keep their roles, get a new password, and the review continues', async () => {
    const restoredReviewer = {
      ...(await target.payload.findByID({ collection: 'users', id: reviewer.id, overrideAccess: true })),
      collection: 'users',
    } as User
    expect(restoredReviewer.roles).toEqual(['reviewer'])
    await expect(
      target.payload.login({
        collection: 'users',
        data: { email: reviewer.email, password: 'correct horse battery staple' },
      }),
    ).rejects.toThrow()
    const token = await target.payload.forgotPassword({
      collection: 'users',
      data: { email: reviewer.email },
      disableEmail: true,
    })
    await target.payload.resetPassword({
      collection: 'users',
      data: { token, password: 'a new passphrase for after the restore' },
      overrideAccess: true,
    })
    const login = await target.payload.login({
      collection: 'users',
      data: { email: reviewer.email, password: 'a new passphrase for after the restore' },
    })
    expect(login.user?.id).toBe(reviewer.id)

    // Without SMTP: a reset link for each administrator, who then sets the others' passwords.
    const links = await adminResetLinks(target.payload, 'https://procuresec.example.org/')
    expect(links.map((l) => l.email)).toEqual([adminEmail])
    expect(links[0]!.url).toMatch(/^https:\/\/procuresec\.example\.org\/admin\/reset\/[0-9a-f]{20,}$/)
    await target.payload.resetPassword({
      collection: 'users',
      data: { token: links[0]!.url.split('/').pop()!, password: 'the administrator is back in' },
      overrideAccess: true,
    })
    const { user: restoredAdmin } = await target.payload.login({
      collection: 'users',
      data: { email: adminEmail, password: 'the administrator is back in' },
    })
    const translator = await target.payload.update({
      collection: 'users',
      id: translatorFr.id,
      data: { password: 'set by the administrator' },
      user: { ...restoredAdmin, collection: 'users' } as User,
      overrideAccess: false,
    })
    expect(
      (
        await target.payload.login({
          collection: 'users',
          data: { email: translator.email, password: 'set by the administrator' },
        })
      ).user?.id,
    ).toBe(translatorFr.id)

    await target.payload.update({
      collection: 'good-practices',
      id: practices.G2.id,
      locale: 'fr',
      draft: true,
      user: restoredReviewer,
      overrideAccess: false,
      data: { reviewStatus: 'approved', _status: 'draft' },
    })
    const record = await target.payload.find({
      collection: 'translations',
      where: { and: [{ 'document.value': { equals: practices.G2.id } }, { language: { equals: 'fr' } }] },
      overrideAccess: true,
    })
    expect(record.docs[0]?.status).toBe('approved')
  })

  it('refuses to restore into a database that holds content', async () => {
    for (const payload of [target.payload, source.payload]) {
      const before = await rows(payload)
      await expect(restoreDatabase(payload, dump)).rejects.toThrow(
        /The database is not empty \(users: \d+, media: 1, references: \d+, guidelines: 2,/,
      )
      expect(await rows(payload)).toBe(before)
    }
  })
})

it('reads what it writes: parseDump accepts a dump as JSON text', () => {
  expect(parseDump(JSON.stringify(dump))).toEqual(dump)
})
