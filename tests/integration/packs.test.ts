// Procurement packs are reviewed content like the rest: an editor's change is public only once another person has
// approved and published it; a translator writes only their language; the public reads published packs only; a pack
// recommends practices of its own edition only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Pack, User } from '@/payload-types'
import { rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let editor: User, reviewer: User, translatorFr: User
const editions: Record<string, string> = {}
const practices: Record<string, string> = {}

async function edition(slug: string): Promise<string> {
  return (
    await t.payload.create({
      collection: 'guidelines',
      locale: 'en',
      data: {
        title: slug,
        slug,
        publisher: 'ENISA',
        publicationDate: '2020-02-01',
        summary: 'S',
        sourceUrl: 'https://example.org/e',
        completeness: 'complete',
        reviewStatus: 'approved',
        _status: 'published',
      },
    })
  ).id
}

async function practice(slug: string, editionId: string): Promise<string> {
  return (
    await t.payload.create({
      collection: 'good-practices',
      locale: 'en',
      data: {
        code: slug.toUpperCase(),
        slug,
        title: slug,
        summary: 'S',
        phase: 'plan',
        edition: editionId,
        requirements: [{ requirement: 'R', evidence: 'E', placement: 'specification', strength: 'mandatory' }],
        provenance: { status: 'proposed' },
        order: 1,
        reviewStatus: 'approved',
        _status: 'published',
      },
    })
  ).id
}

beforeAll(async () => {
  t = await startTestPayload()
  editor = await makeUser(t.payload, ['editor'])
  reviewer = await makeUser(t.payload, ['reviewer'])
  translatorFr = await makeUser(t.payload, ['translator'], ['fr'])
  editions.old = await edition('packs-2020')
  editions.other = await edition('packs-2026')
  practices.a = await practice('pk-a', editions.old)
  practices.b = await practice('pk-b', editions.old)
  practices.other = await practice('pk-other', editions.other)
})
afterAll(async () => {
  await t?.cleanup()
})

let counter = 0
/** A pack published in English, as the seed makes them. */
async function publishedPack(): Promise<Pack> {
  counter++
  return t.payload.create({
    collection: 'packs',
    locale: 'en',
    data: {
      title: `Pack ${counter}`,
      slug: `pack-${counter}`,
      summary: 'A starting point',
      edition: editions.old!,
      practices: [practices.a!, practices.b!],
      order: counter,
      provenance: { status: 'proposed' },
      reviewStatus: 'approved',
      _status: 'published',
    },
  })
}

const write = (id: string, user: User, data: Record<string, unknown>, locale: 'en' | 'fr' = 'en', draft = true) =>
  t.payload.update({ collection: 'packs', id, locale, data: data as never, draft, user, overrideAccess: false })
const publicTitle = async (id: string, locale: 'en' | 'fr' = 'en') =>
  (await t.payload.find({ collection: 'packs', locale, where: { id: { equals: id } }, overrideAccess: false })).docs[0]
    ?.title

describe('procurement packs', () => {
  it('go through the review: an edit is public only after another person approves and a reviewer publishes', async () => {
    const pack = await publishedPack()
    await write(pack.id, editor, { title: 'PACS, revised', _status: 'draft' })
    expect(await publicTitle(pack.id)).toBe(pack.title)
    await write(pack.id, editor, { reviewStatus: 'in_review', _status: 'draft' })
    await expect(write(pack.id, editor, { reviewStatus: 'approved', _status: 'draft' })).rejects.toThrow()
    await expect(write(pack.id, editor, { _status: 'published' }, 'en', false)).rejects.toMatchObject({ status: 403 })
    await write(pack.id, reviewer, { reviewStatus: 'approved', _status: 'draft' })
    await write(pack.id, reviewer, { _status: 'published' }, 'en', false)
    expect(await publicTitle(pack.id)).toBe('PACS, revised')
  })

  it('let a translator write their own language only, and only its texts', async () => {
    const pack = await publishedPack()
    await write(pack.id, translatorFr, { title: 'Modèle', summary: 'Point de départ', _status: 'draft' }, 'fr')
    const fr = await t.payload.findByID({ collection: 'packs', id: pack.id, locale: 'fr', draft: true })
    expect(fr.title).toBe('Modèle')
    await expect(write(pack.id, translatorFr, { title: 'Not mine', _status: 'draft' }, 'en')).rejects.toMatchObject({
      status: 403,
    })
    // The practices a pack recommends are the same in every language: not a translator's to change.
    await expect(
      write(pack.id, translatorFr, { practices: [practices.a], _status: 'draft' }, 'fr'),
    ).rejects.toBeTruthy()
    const stored = await t.payload.findByID({ collection: 'packs', id: pack.id, depth: 0, draft: true })
    expect(stored.practices).toEqual([practices.a, practices.b])
  })

  it('are read by the public when published only, and cannot be written anonymously', async () => {
    const pack = await publishedPack()
    await write(pack.id, editor, { title: 'Unpublished draft title', _status: 'draft' })
    const listed = await rest('GET', `packs?where[id][equals]=${pack.id}&draft=true`)
    expect(listed.status).toBe(200)
    expect(JSON.stringify(listed.body)).not.toContain('Unpublished draft title')
    const created = await rest('POST', 'packs', {
      body: {
        title: 'Anonymous',
        slug: 'anon',
        summary: 'S',
        edition: editions.old,
        practices: [practices.a],
        order: 99,
      },
    })
    expect([401, 403]).toContain(created.status)
    expect((await t.payload.find({ collection: 'packs', where: { slug: { equals: 'anon' } } })).totalDocs).toBe(0)
  })

  it('recommend practices of their own edition only (checked when a version is published)', async () => {
    // Payload does not validate drafts; what is published is checked, whoever publishes it.
    await expect(
      t.payload.create({
        collection: 'packs',
        locale: 'en',
        data: {
          title: 'Mixed',
          slug: 'mixed',
          summary: 'S',
          edition: editions.old!,
          practices: [practices.a!, practices.other!],
          order: 1,
          provenance: { status: 'proposed' },
          reviewStatus: 'approved',
          _status: 'published',
        },
      }),
    ).rejects.toThrow(/invalid: Recommended practices/)
    expect((await t.payload.find({ collection: 'packs', where: { slug: { equals: 'mixed' } } })).totalDocs).toBe(0)
  })
})
