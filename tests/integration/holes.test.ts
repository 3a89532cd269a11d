// The reproductions of an adversarial review, each through the door it used (REST, GraphQL, multipart), as staff
// accounts of the wrong role, in the wrong language, or anonymously. Each failed before its fix; the database is read
// back to show nothing changed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { GoodPractice, User } from '@/payload-types'
import { graphql, rest, signIn } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let reviewerA: User, reviewerB: User, editor: User, translatorFr: User, admin: User
const tokens: Record<string, string> = {}
let edition: string
let counter = 0

beforeAll(async () => {
  t = await startTestPayload()
  admin = await makeUser(t.payload, ['admin'])
  reviewerA = await makeUser(t.payload, ['reviewer'])
  reviewerB = await makeUser(t.payload, ['reviewer'])
  editor = await makeUser(t.payload, ['editor'])
  translatorFr = await makeUser(t.payload, ['translator'], ['fr'])
  for (const [name, user] of Object.entries({ admin, reviewerA, reviewerB, editor, translatorFr }))
    tokens[name] = await signIn(user.email)
  edition = (
    await t.payload.create({
      collection: 'guidelines',
      locale: 'en',
      draft: false,
      data: {
        title: 'Edition',
        slug: 'holes-edition',
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
})
afterAll(async () => {
  await t?.cleanup()
})

/** A practice published in English (approved), as the seed makes them; French published too when asked. */
async function publishedPractice(french = false): Promise<GoodPractice> {
  counter++
  const doc = await t.payload.create({
    collection: 'good-practices',
    locale: 'en',
    data: {
      code: `H${counter}`,
      slug: `hole-${counter}`,
      title: `Practice ${counter}`,
      summary: 'Summary',
      phase: 'plan',
      edition,
      requirements: [{ requirement: 'R', evidence: 'E', placement: 'specification', strength: 'mandatory' }],
      provenance: { status: 'proposed' },
      order: counter,
      reviewStatus: 'approved',
      _status: 'published',
    },
  })
  if (french) {
    const requirements = doc.requirements!.map((row) => ({ id: row.id, requirement: 'Exigence', evidence: 'Preuve' }))
    await t.payload.update({
      collection: 'good-practices',
      id: doc.id,
      locale: 'fr',
      data: {
        title: `Pratique ${counter}`,
        summary: 'Résumé',
        requirements,
        reviewStatus: 'approved',
        machineTranslation: true,
        _status: 'published',
      },
    })
  }
  return doc
}

const stored = (id: string, locale: 'en' | 'fr' | 'de' = 'en') =>
  t.payload.findByID({ collection: 'good-practices', id, locale, draft: true, depth: 0, overrideAccess: true })
const lastEditor = async (id: string, locale: 'en' | 'fr' = 'en') => (await stored(id, locale)).lastEditedBy
const published = (id: string, locale: 'en' | 'fr' | 'de' = 'en') =>
  t.payload.find({
    collection: 'good-practices',
    locale,
    where: { id: { equals: id } },
    depth: 0,
    overrideAccess: false,
  })
const patch = (id: string, token: string, query: string, body: unknown) =>
  rest('PATCH', `good-practices/${id}?${query}`, { token, body })

describe('1. four eyes cannot be dodged by rewriting the last editor', () => {
  it.each([
    ['to another reviewer (REST)', () => ({ lastEditedBy: reviewerB.id })],
    ['to nobody (REST)', () => ({ lastEditedBy: null })],
  ])('%s', async (_how, data) => {
    const doc = await publishedPractice()
    expect(
      (
        await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', {
          title: 'A’s own text',
          reviewStatus: 'in_review',
          _status: 'draft',
        })
      ).status,
    ).toBe(200)
    expect(
      (await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', { ...data(), _status: 'draft' })).status,
    ).toBe(200)
    expect(await lastEditor(doc.id)).toBe(reviewerA.id) // ignored: the server owns it
    const approve = await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', {
      reviewStatus: 'approved',
      _status: 'draft',
    })
    expect(approve.status).toBe(403)
    expect(approve.body.errors[0].message).toMatch(/Four-eyes/)
    expect((await patch(doc.id, tokens.reviewerA!, 'locale=en', { _status: 'published' })).status).toBe(403)
    expect((await published(doc.id)).docs[0]?.title).toBe(doc.title)
  })

  it('through a GraphQL mutation', async () => {
    const doc = await publishedPractice()
    await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', {
      title: 'A’s own text',
      reviewStatus: 'in_review',
      _status: 'draft',
    })
    const mutation = `mutation($id: String!) { updateGoodPractice(id: $id, locale: en, draft: true, data: { lastEditedBy: "${reviewerB.id}", provenance: { status: proposed } }) { id } }`
    await graphql(mutation, { id: doc.id }, { token: tokens.reviewerA })
    expect(await lastEditor(doc.id)).toBe(reviewerA.id)
  })

  it('by a translator', async () => {
    const doc = await publishedPractice(true)
    expect(
      (
        await patch(doc.id, tokens.translatorFr!, 'locale=fr&draft=true', {
          title: 'Traduit',
          lastEditedBy: reviewerB.id,
          _status: 'draft',
        })
      ).status,
    ).toBe(200)
    expect(await lastEditor(doc.id, 'fr')).toBe(translatorFr.id)
  })
})

describe('2. publishing every language at once', () => {
  it('refuses while a language is not approved, names it, and publishes nothing', async () => {
    const doc = await publishedPractice(true)
    await patch(doc.id, tokens.translatorFr!, 'locale=fr&draft=true', {
      title: 'Traduction non relue',
      reviewStatus: 'in_review',
      _status: 'draft',
    })
    const all = await patch(doc.id, tokens.reviewerA!, 'locale=en&publishAllLocales=true', { _status: 'published' })
    expect(all.status).toBe(403)
    expect(all.body.errors[0].message).toMatch(/fr \(in_review\)/)
    expect((await published(doc.id, 'fr')).docs[0]?.title).toBe(`Pratique ${counter}`)
  })
})

describe('2b. publishing several documents at once', () => {
  it('publishes their approved newest drafts with draft=true, and refuses without it (it would republish the old text)', async () => {
    const doc = await publishedPractice()
    await t.payload.update({
      collection: 'good-practices',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { summary: 'Approved new summary', reviewStatus: 'approved', lastEditedBy: editor.id, _status: 'draft' },
    })
    const bulk = (query: string) =>
      rest('PATCH', `good-practices?locale=en&where[id][equals]=${doc.id}${query}`, {
        token: tokens.reviewerA,
        body: { _status: 'published' },
      })
    const refused = await bulk('')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/draft=true/)
    expect((await published(doc.id)).docs[0]!.summary).toBe('Summary')
    expect((await stored(doc.id)).summary).toBe('Approved new summary')
    expect((await bulk('&draft=true')).status).toBe(200)
    expect((await published(doc.id)).docs[0]!.summary).toBe('Approved new summary')
  })
})

describe('2c. draft=true with _status published (found by the policy test)', () => {
  it('is a publication: an editor cannot publish their own text this way, through any door', async () => {
    const doc = await publishedPractice()
    expect(
      (
        await patch(doc.id, tokens.editor!, 'locale=en&draft=true', {
          title: 'Unreviewed (REST)',
          _status: 'published',
        })
      ).status,
    ).toBe(403)
    const mutation = await graphql(
      `
        mutation ($id: String!) {
          updateGoodPractice(
            id: $id
            locale: en
            draft: true
            data: { title: "Unreviewed (GraphQL)", _status: published }
          ) {
            id
          }
        }
      `,
      { id: doc.id },
      { token: tokens.editor },
    )
    expect(mutation.body.errors?.[0]?.message).toBeTruthy()
    await expect(
      t.payload.update({
        collection: 'good-practices',
        id: doc.id,
        locale: 'en',
        draft: true,
        data: { title: 'Unreviewed (Local API)', _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await published(doc.id)).docs[0]!.title).toBe(doc.title)
  })
})

describe('2d. a plain save over a pending draft (found by a helper through the HTTP API)', () => {
  it('unpublishes: an editor cannot take a published text off the public site this way, through any door', async () => {
    const doc = await publishedPractice()
    expect(
      (await patch(doc.id, tokens.editor!, 'locale=en&draft=true', { summary: 'Pending draft', _status: 'draft' }))
        .status,
    ).toBe(200)
    expect((await patch(doc.id, tokens.editor!, 'locale=en', {})).status).toBe(403)
    const mutation = await graphql(
      `
        mutation ($id: String!) {
          updateGoodPractice(id: $id, locale: en, data: { summary: "Pending draft" }) {
            id
          }
        }
      `,
      { id: doc.id },
      { token: tokens.editor },
    )
    expect(mutation.body.errors?.[0]?.message).toBeTruthy()
    await expect(
      t.payload.update({
        collection: 'good-practices',
        id: doc.id,
        locale: 'en',
        data: {},
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await published(doc.id)).docs[0]?.title).toBe(doc.title)
    // Still published, so an editor cannot delete it either.
    expect((await rest('DELETE', `good-practices/${doc.id}`, { token: tokens.editor })).status).toBe(403)
    // A reviewer may unpublish this way (and it is logged).
    expect((await patch(doc.id, tokens.reviewerA!, 'locale=en', {})).status).toBe(200)
    expect((await published(doc.id)).docs).toHaveLength(0)
  })
})

describe('3. translation records', () => {
  it('cannot be rewritten by an editor: status, fingerprint and snapshot stay the server’s', async () => {
    const doc = await publishedPractice(true)
    const [record] = (
      await t.payload.find({
        collection: 'translations',
        where: { and: [{ 'document.value': { equals: doc.id } }, { language: { equals: 'de' } }] },
        overrideAccess: true,
      })
    ).docs
    const before = {
      status: record!.status,
      sourceFingerprint: record!.sourceFingerprint ?? null,
      sourceSnapshot: record!.sourceSnapshot ?? null,
    }
    await rest('PATCH', `translations/${record!.id}`, {
      token: tokens.editor,
      body: { status: 'approved', sourceFingerprint: 'forged', sourceSnapshot: '[]' },
    })
    const after = await t.payload.findByID({ collection: 'translations', id: record!.id, overrideAccess: true })
    expect({
      status: after.status,
      sourceFingerprint: after.sourceFingerprint ?? null,
      sourceSnapshot: after.sourceSnapshot ?? null,
    }).toEqual(before)
  })
})

describe('4. references', () => {
  it('a translator changes no URL, slug or kind', async () => {
    const ref = await t.payload.create({
      collection: 'references',
      locale: 'en',
      data: {
        label: 'NIS2',
        slug: 'holes-nis2',
        url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
        kind: 'regulation',
      } as never,
    })
    for (const body of [{ url: 'https://evil.example/phish' }, { slug: 'renamed' }, { kind: 'standard' }]) {
      expect((await rest('PATCH', `references/${ref.id}?locale=fr`, { token: tokens.translatorFr, body })).status).toBe(
        403,
      )
    }
    const after = await t.payload.findByID({ collection: 'references', id: ref.id, draft: true, overrideAccess: true })
    expect([after.url, after.slug, after.kind]).toEqual([ref.url, ref.slug, ref.kind])
  })

  it("an editor's change reaches the public only once another person approved and published it", async () => {
    const url = 'https://eur-lex.europa.eu/eli/reg/2017/745/oj'
    const ref = await t.payload.create({
      collection: 'references',
      locale: 'en',
      data: {
        label: 'MDR',
        slug: 'holes-mdr',
        url,
        kind: 'regulation',
        reviewStatus: 'approved',
        _status: 'published',
      } as never,
    })
    const publicUrl = async () => (await rest('GET', `references/${ref.id}?locale=en&depth=0`)).body?.url
    expect(await publicUrl()).toBe(url)
    // Published straight away: refused (nothing reviewed), and the public still sees the old address.
    expect(
      (
        await rest('PATCH', `references/${ref.id}?locale=en`, {
          token: tokens.editor,
          body: { url: 'https://example.org/new', _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(await publicUrl()).toBe(url)
    // As a draft, submitted for review: still the old address, and the editor cannot approve it.
    expect(
      (
        await rest('PATCH', `references/${ref.id}?locale=en&draft=true`, {
          token: tokens.editor,
          body: { url: 'https://example.org/new', reviewStatus: 'in_review', _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(await publicUrl()).toBe(url)
    expect(
      (
        await rest('PATCH', `references/${ref.id}?locale=en&draft=true`, {
          token: tokens.editor,
          body: { reviewStatus: 'approved', _status: 'draft' },
        })
      ).status,
    ).toBe(403)
    // Approved by a reviewer: not public yet; published: public, with its place in the version history.
    expect(
      (
        await rest('PATCH', `references/${ref.id}?locale=en&draft=true`, {
          token: tokens.reviewerA,
          body: { reviewStatus: 'approved', _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(await publicUrl()).toBe(url)
    expect(
      (
        await rest('PATCH', `references/${ref.id}?locale=en`, {
          token: tokens.reviewerA,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect(await publicUrl()).toBe('https://example.org/new')
    const versions = await t.payload.findVersions({
      collection: 'references',
      where: { parent: { equals: ref.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.map((v) => v.version.url)).toContain(url)
  })
})

describe('5. uploaded files', () => {
  it('a translator cannot replace one', async () => {
    const png = (color: string) =>
      sharp({ create: { width: 8, height: 8, channels: 3, background: color } })
        .png()
        .toBuffer()
    const original = await png('#0a5')
    const media = await t.payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'Diagram' },
      file: { data: original, mimetype: 'image/png', name: 'diagram.png', size: original.length },
    })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png('#f00'))], { type: 'image/png' }), 'evil.png')
    form.append('_payload', JSON.stringify({ alt: 'Schéma' }))
    const answer = await rest('PATCH', `media/${media.id}?locale=fr`, { token: tokens.translatorFr, body: form })
    expect(answer.status).toBe(403)
    const after = await t.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
    expect([after.filename, after.filesize]).toEqual([media.filename, media.filesize])
  })
})

describe('6–7. the public learns nothing of unpublished work', () => {
  it('no translation records, so no ids of unpublished documents', async () => {
    const draft = await t.payload.create({
      collection: 'good-practices',
      locale: 'en',
      draft: true,
      data: {
        code: 'HD',
        slug: 'hole-draft',
        title: 'Unpublished',
        summary: 'S',
        phase: 'plan',
        edition,
        provenance: { status: 'proposed' },
        order: 99,
        _status: 'draft',
      },
    })
    const answer = await rest(
      'GET',
      'translations?where[document.relationTo][equals]=good-practices&where[language][equals]=fr&limit=100&depth=0',
    )
    expect(answer.status).toBe(403)
    expect(answer.text).not.toContain(draft.id)
  })

  it('no review comments and no last editor, even of published text', async () => {
    const doc = await publishedPractice()
    await patch(doc.id, tokens.editor!, 'locale=en&draft=true', {
      title: 'Changed',
      reviewStatus: 'in_review',
      _status: 'draft',
    })
    await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', {
      reviewStatus: 'changes_requested',
      reviewComment: 'Internal: ask legal first',
      _status: 'draft',
    })
    await patch(doc.id, tokens.editor!, 'locale=en&draft=true', {
      title: 'Changed again',
      reviewStatus: 'in_review',
      _status: 'draft',
    })
    await patch(doc.id, tokens.reviewerA!, 'locale=en&draft=true', { reviewStatus: 'approved', _status: 'draft' })
    expect((await patch(doc.id, tokens.reviewerA!, 'locale=en', { _status: 'published' })).status).toBe(200)
    const asPublic = await rest('GET', `good-practices/${doc.id}?locale=en&depth=1`)
    expect(asPublic.body.title).toBe('Changed again')
    expect(asPublic.text).not.toContain('Internal: ask legal first')
    expect(asPublic.body).not.toHaveProperty('reviewComment')
    expect(asPublic.body).not.toHaveProperty('lastEditedBy')
    expect(asPublic.body).not.toHaveProperty('reviewStatus')
    const viaGraphql = await graphql(`{ GoodPractice(id: "${doc.id}") { title reviewComment lastEditedBy { id } } }`)
    expect(viaGraphql.body.data.GoodPractice.reviewComment).toBeNull()
    expect(viaGraphql.body.data.GoodPractice.lastEditedBy).toBeNull()
  })
})

describe('11. text limits hold on draft saves', () => {
  it('refuses a 25 MiB summary before reading it, and a translator’s 5,000-character draft, keeping no version', async () => {
    const doc = await publishedPractice(true)
    const versions = async () =>
      (await t.payload.countVersions({ collection: 'good-practices', where: { parent: { equals: doc.id } } })).totalDocs
    const before = await versions()
    const huge = await patch(doc.id, tokens.editor!, 'locale=en&draft=true', {
      summary: 'x'.repeat(25 * 1024 * 1024),
      _status: 'draft',
    })
    expect(huge.status).toBe(413)
    const long = await patch(doc.id, tokens.translatorFr!, 'locale=fr&draft=true', {
      summary: 'é'.repeat(5000),
      _status: 'draft',
    })
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/summary: at most 2000 characters/)
    expect(await versions()).toBe(before)
    expect((await stored(doc.id, 'fr')).summary).toBe('Résumé')
  })
})

describe('12. smaller holes', () => {
  it('a write that is not JSON gets 415, not 500', async () => {
    const doc = await publishedPractice()
    const answer = await rest('PATCH', `good-practices/${doc.id}?locale=en&draft=true`, {
      token: tokens.editor,
      body: '{"title":"x"}',
      contentType: 'text/plain',
    })
    expect(answer.status).toBe(415)
  })

  it('an unpublished English draft leaves the published translations marked as machine translations', async () => {
    const doc = await publishedPractice(true)
    await patch(doc.id, tokens.editor!, 'locale=en&draft=true', {
      summary: 'A new English summary, not yet reviewed',
      _status: 'draft',
    })
    expect((await published(doc.id, 'fr')).docs[0]?.machineTranslation).toBe(true)
  })

  it('refusals say why', async () => {
    const doc = await publishedPractice()
    const answer = await patch(doc.id, tokens.editor!, 'locale=en', { _status: 'published' })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toBe('Only a reviewer or an administrator publishes or unpublishes.')
  })

  it('nobody runs the job queue over HTTP', async () => {
    for (const token of [undefined, tokens.translatorFr, tokens.admin]) {
      for (const path of ['payload-jobs/run', 'payload-jobs/handle-schedules']) {
        expect([401, 403]).toContain((await rest('GET', path, { token })).status)
      }
    }
  })

  it('a read returns at most one bounded page', async () => {
    for (const query of ['limit=0&depth=10&locale=all', 'pagination=false', 'limit=100000']) {
      const answer = await rest('GET', `good-practices?${query}`)
      expect(answer.status).toBe(400)
    }
    expect((await graphql('{ GoodPractices(limit: 0) { totalDocs } }')).body.errors?.[0]?.message).toMatch(
      /at most 500/,
    )
    expect((await rest('GET', 'good-practices?limit=100&locale=en')).status).toBe(200)
  })

  it('a cookie from another site’s page is not a signed-in request (CSRF)', async () => {
    const doc = await publishedPractice()
    const cookie = `payload-token=${tokens.editor}`
    const evil = await rest('PATCH', `good-practices/${doc.id}?locale=en&draft=true`, {
      headers: { cookie, origin: 'https://evil.example' },
      body: { title: 'Forged', _status: 'draft' },
    })
    expect(evil.status).toBe(403)
    expect((await stored(doc.id)).title).toBe(doc.title)
    const own = await rest('PATCH', `good-practices/${doc.id}?locale=en&draft=true`, {
      headers: { cookie, origin: 'http://localhost:3000' },
      body: { title: 'From the admin', _status: 'draft' },
    })
    expect(own.status).toBe(200)
  })
})
