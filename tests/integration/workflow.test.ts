// The review workflow on the server: each rule attacked as the wrong role, in the wrong language, by every path.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Threat, User } from '@/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let admin: User, editor: User, reviewer: User, reviewer2: User, translatorFr: User

beforeAll(async () => {
  t = await startTestPayload()
  admin = await makeUser(t.payload, ['admin'])
  editor = await makeUser(t.payload, ['editor'])
  reviewer = await makeUser(t.payload, ['reviewer'])
  reviewer2 = await makeUser(t.payload, ['reviewer'])
  translatorFr = await makeUser(t.payload, ['translator'], ['fr'])
})
afterAll(async () => {
  await t?.cleanup()
})

let counter = 0
/** A threat published in English with an approved review, made by the system (no user). */
async function publishedThreat(): Promise<Threat> {
  counter++
  return t.payload.create({
    collection: 'threats',
    locale: 'en',
    data: {
      slug: `wf-${counter}`,
      title: `Threat ${counter}`,
      summary: 'Summary',
      group: 'malicious-actions',
      order: counter,
      provenance: { status: 'proposed' },
      reviewStatus: 'approved',
      _status: 'published',
    },
  })
}

type Write = { user: User; locale?: 'en' | 'fr' | 'de'; data: Record<string, unknown>; draft?: boolean }
const write = (id: string, { user, locale = 'en', data, draft }: Write) =>
  t.payload.update({ collection: 'threats', id, locale, data: data as never, draft, user, overrideAccess: false })

const statusOf = async (id: string, locale: 'en' | 'fr' = 'en') =>
  (await t.payload.findByID({ collection: 'threats', id, locale, draft: true, overrideAccess: true })).reviewStatus

const events = async (id: string) =>
  (
    await t.payload.find({
      collection: 'review-events',
      where: { 'document.value': { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
      pagination: false,
    })
  ).docs.map((e) => `${e.language}:${e.from}->${e.to}`)

const publicTitle = async (id: string, locale: 'en' | 'fr' = 'en') =>
  (await t.payload.find({ collection: 'threats', locale, where: { id: { equals: id } }, overrideAccess: false }))
    .docs[0]?.title

describe('editorial review of the English source', () => {
  it('edit → submit → approve (by someone else) → publish, each step logged', async () => {
    const doc = await publishedThreat()
    await write(doc.id, { user: editor, draft: true, data: { title: 'Edited', _status: 'draft' } })
    expect(await statusOf(doc.id)).toBe('draft') // any edit of approved text goes back to draft
    expect(await publicTitle(doc.id)).toBe(doc.title) // the public still sees the published text
    await write(doc.id, {
      user: editor,
      draft: true,
      data: { reviewStatus: 'in_review', reviewComment: 'Clarified the title', _status: 'draft' },
    })
    await write(doc.id, { user: reviewer, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } })
    await write(doc.id, { user: reviewer, data: { _status: 'published' } })
    expect(await publicTitle(doc.id)).toBe('Edited')
    expect(await events(doc.id)).toEqual([
      'en:approved->draft',
      'en:draft->in_review',
      'en:in_review->approved',
      'en:approved->published',
    ])
  })

  it.each([
    ['an editor', () => editor],
    ['a translator', () => translatorFr],
  ])('refuses publishing by %s, even of approved text', async (_who, user) => {
    const doc = await publishedThreat()
    await expect(write(doc.id, { user: user(), data: { _status: 'published' } })).rejects.toMatchObject({ status: 403 })
  })

  it('refuses publishing text that is not approved, even by a reviewer or an admin', async () => {
    const doc = await publishedThreat()
    for (const user of [reviewer, admin]) {
      await expect(
        write(doc.id, { user, data: { title: `Unreviewed by ${user.id}`, _status: 'published' } }),
      ).rejects.toThrow(/not approved/)
    }
    expect(await publicTitle(doc.id)).toBe(doc.title)
  })

  it('four eyes: a reviewer never approves a change they made themselves', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: reviewer,
      draft: true,
      data: { title: 'Reviewer’s own change', reviewStatus: 'in_review', _status: 'draft' },
    })
    await expect(
      write(doc.id, { user: reviewer, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } }),
    ).rejects.toThrow(/Four-eyes/)
    await expect(
      write(doc.id, {
        user: reviewer,
        draft: true,
        data: { title: 'And again', reviewStatus: 'approved', _status: 'draft' },
      }),
    ).rejects.toThrow(/Four-eyes|cannot go/)
    await write(doc.id, { user: reviewer2, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } })
    expect(await statusOf(doc.id)).toBe('approved')
  })

  it('only reviewers decide, and a request for changes needs a comment', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: editor,
      draft: true,
      data: { title: 'For review', reviewStatus: 'in_review', _status: 'draft' },
    })
    await expect(
      write(doc.id, { user: editor, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } }),
    ).rejects.toThrow(/Only a reviewer/)
    await expect(
      write(doc.id, {
        user: reviewer,
        draft: true,
        data: { reviewStatus: 'changes_requested', reviewComment: '', _status: 'draft' },
      }),
    ).rejects.toMatchObject({ status: 400 })
    await write(doc.id, {
      user: reviewer,
      draft: true,
      data: { reviewStatus: 'changes_requested', reviewComment: 'Name the source', _status: 'draft' },
    })
    const seen = await t.payload.findByID({
      collection: 'threats',
      id: doc.id,
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(seen.reviewComment).toBe('Name the source') // the author sees the reviewer's comment on the document
    await write(doc.id, {
      user: editor,
      draft: true,
      data: { title: 'For review, with source', reviewStatus: 'in_review', _status: 'draft' },
    })
    expect(await statusOf(doc.id)).toBe('in_review')
  })

  it('refuses an illegal transition with a message that says why', async () => {
    const doc = await publishedThreat()
    await write(doc.id, { user: editor, draft: true, data: { title: 'Draft again', _status: 'draft' } })
    await expect(
      write(doc.id, { user: editor, draft: true, data: { reviewStatus: 'changes_requested', _status: 'draft' } }),
    ).rejects.toThrow(/cannot go from "draft" to "changes_requested"/)
  })

  it('only reviewers and admins unpublish', async () => {
    const doc = await publishedThreat()
    await expect(write(doc.id, { user: editor, data: { _status: 'draft' } })).rejects.toMatchObject({ status: 403 })
    expect(await publicTitle(doc.id)).toBe(doc.title)
    await write(doc.id, { user: reviewer, data: { _status: 'draft' } })
    expect(await publicTitle(doc.id)).toBeUndefined()
  })

  it('editors delete drafts only; reviewers delete published documents', async () => {
    const doc = await publishedThreat()
    await expect(
      t.payload.delete({ collection: 'threats', id: doc.id, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const draft = await t.payload.create({
      collection: 'threats',
      locale: 'en',
      draft: true,
      data: { slug: 'wf-draft', title: 'D', summary: 'S', group: 'human-errors', order: 99, _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    await t.payload.delete({ collection: 'threats', id: draft.id, user: editor, overrideAccess: false })
    // Its translation records go with it.
    expect(
      (
        await t.payload.count({
          collection: 'translations',
          where: { 'document.value': { equals: draft.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    await t.payload.delete({ collection: 'threats', id: doc.id, user: reviewer, overrideAccess: false })
  })
})

describe('translators', () => {
  it('translate, submit and see their language published only after another person approves it', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: translatorFr,
      locale: 'fr',
      draft: true,
      data: { title: 'Menace', summary: 'Résumé', _status: 'draft' },
    })
    await expect(
      write(doc.id, { user: translatorFr, locale: 'fr', data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    await write(doc.id, {
      user: translatorFr,
      locale: 'fr',
      draft: true,
      data: { reviewStatus: 'in_review', _status: 'draft' },
    })
    await expect(
      write(doc.id, {
        user: translatorFr,
        locale: 'fr',
        draft: true,
        data: { reviewStatus: 'approved', _status: 'draft' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await write(doc.id, {
      user: reviewer,
      locale: 'fr',
      draft: true,
      data: { reviewStatus: 'approved', _status: 'draft' },
    })
    await write(doc.id, { user: reviewer, locale: 'fr', data: { _status: 'published' } })
    expect(await publicTitle(doc.id, 'fr')).toBe('Menace')
    expect(await statusOf(doc.id, 'en')).toBe('approved') // English untouched
  })

  it.each([
    ['the slug', { slug: 'renamed' }],
    ['the threat group', { group: 'human-errors' }],
    ['the order', { order: 1234 }],
  ])('get a 403 when they change %s (language-independent)', async (_what, data) => {
    const doc = await publishedThreat()
    await expect(
      write(doc.id, {
        user: translatorFr,
        locale: 'fr',
        draft: true,
        data: { ...data, title: 'Menace', _status: 'draft' },
      }),
    ).rejects.toThrow(/only the texts of your languages, not: /)
  })

  it('get a 403 for English or a language not theirs', async () => {
    const doc = await publishedThreat()
    for (const locale of ['en', 'de'] as const) {
      await expect(
        write(doc.id, { user: translatorFr, locale, draft: true, data: { title: 'x', _status: 'draft' } }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })
})

describe('the review log', () => {
  it('cannot be written, edited or deleted through the API, not even by an admin', async () => {
    const doc = await publishedThreat()
    await write(doc.id, { user: editor, draft: true, data: { title: 'Logged', _status: 'draft' } })
    const [event] = (
      await t.payload.find({
        collection: 'review-events',
        where: { 'document.value': { equals: doc.id } },
        user: admin,
        overrideAccess: false,
      })
    ).docs
    expect(event).toBeDefined()
    await expect(
      t.payload.create({
        collection: 'review-events',
        data: { document: { relationTo: 'threats', value: doc.id }, language: 'en', from: 'x', to: 'y' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      t.payload.update({
        collection: 'review-events',
        id: event!.id,
        data: { comment: 'rewritten' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      t.payload.delete({ collection: 'review-events', id: event!.id, user: admin, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(t.payload.find({ collection: 'review-events', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('REST and GraphQL', () => {
  let rest: (method: 'PATCH', path: string, user: User, body: unknown) => Promise<Response>
  let graphql: (user: User, query: string) => Promise<{ errors?: Array<{ message: string }>; data?: unknown }>
  beforeAll(async () => {
    const { REST_PATCH, GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('@payload-config')
    const patch = REST_PATCH(config)
    const post = GRAPHQL_POST(config)
    const tokenFor = async (user: User) =>
      (
        await t.payload.login({
          collection: 'users',
          data: { email: user.email, password: 'correct horse battery staple' },
        })
      ).token!
    rest = async (_method, path, user, body) => {
      const url = new URL(`http://localhost/api/${path}`)
      const request = new Request(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${await tokenFor(user)}` },
        body: JSON.stringify(body),
      })
      return patch(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    }
    graphql = async (user, query) => {
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${await tokenFor(user)}` },
        body: JSON.stringify({ query }),
      })
      return (await post(request)).json()
    }
  })

  it('PATCH with _status=published by an editor is a 403, and nothing is published', async () => {
    const doc = await publishedThreat()
    const response = await rest('PATCH', `threats/${doc.id}?locale=en`, editor, {
      title: 'Sneaky',
      _status: 'published',
    })
    expect(response.status).toBe(403)
    expect(await publicTitle(doc.id)).toBe(doc.title)
  })

  it('a GraphQL mutation cannot publish unreviewed text either', async () => {
    const doc = await publishedThreat()
    const result = await graphql(
      editor,
      `mutation { updateThreat(id: "${doc.id}", locale: en, data: { title: "Via GraphQL", _status: published }) { id } }`,
    )
    expect(result.errors?.[0]?.message).toMatch(/publish/i)
    expect(await publicTitle(doc.id)).toBe(doc.title)
  })
})

describe('translation records', () => {
  const recordOf = async (id: string, language: string) =>
    (
      await t.payload.find({
        collection: 'translations',
        where: { and: [{ 'document.value': { equals: id } }, { language: { equals: language } }] },
        user: admin,
        overrideAccess: false,
      })
    ).docs[0]!

  it('exist for every new document in each of the 23 other languages', async () => {
    const doc = await t.payload.create({
      collection: 'threats',
      locale: 'en',
      draft: true,
      data: { slug: 'records-new', title: 'New', summary: 'S', group: 'human-errors', order: 500, _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    const { totalDocs } = await t.payload.count({
      collection: 'translations',
      where: { 'document.value': { equals: doc.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(23)
  })

  it('follow the translator and the reviewer, then become outdated when the English changes, showing what changed', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: translatorFr,
      locale: 'fr',
      draft: true,
      data: { title: 'Menace traduite', summary: 'Résumé', _status: 'draft' },
    })
    let record = await recordOf(doc.id, 'fr')
    expect(record.status).toBe('in_progress')
    expect(typeof record.translator === 'object' ? record.translator?.id : record.translator).toBe(translatorFr.id)
    await write(doc.id, {
      user: translatorFr,
      locale: 'fr',
      draft: true,
      data: { reviewStatus: 'in_review', _status: 'draft' },
    })
    expect((await recordOf(doc.id, 'fr')).status).toBe('in_review')
    await write(doc.id, {
      user: reviewer,
      locale: 'fr',
      draft: true,
      data: { reviewStatus: 'approved', _status: 'draft' },
    })
    record = await recordOf(doc.id, 'fr')
    expect(record.status).toBe('approved')
    expect(record.sourceFingerprint).toMatch(/^[0-9a-f]{16}$/)

    await write(doc.id, {
      user: editor,
      locale: 'en',
      draft: true,
      data: { title: `${doc.title} revised`, _status: 'draft' },
    })
    record = await t.payload.findByID({
      collection: 'translations',
      id: record.id,
      user: translatorFr,
      overrideAccess: false,
    })
    expect(record.status).toBe('outdated')
    expect(record.englishChanges).toMatch(/\{\+\s*revised\s*\+\}/)
  })
})

describe('admin workflow panel', () => {
  it('lists what waits for review per language, with the submitter and comment, and counts coverage', async () => {
    const { reviewQueue, coverageTable } = await import('@/workflow/admin/dashboard')
    const doc = await publishedThreat()
    await write(doc.id, {
      user: translatorFr,
      locale: 'fr',
      draft: true,
      data: {
        title: 'À relire',
        summary: 'R',
        reviewStatus: 'in_review',
        reviewComment: 'Première version',
        _status: 'draft',
      },
    })
    const queue = await reviewQueue(t.payload, reviewer)
    expect(queue).toContainEqual(
      expect.objectContaining({
        collection: 'threats',
        id: doc.id,
        language: 'fr',
        title: 'À relire',
        submitter: translatorFr.email,
        comment: 'Première version',
        submittedAt: expect.any(String),
      }),
    )
    // The submitter comes from the review log, not from the last edit: here an editor submits a text someone else wrote.
    await write(doc.id, {
      user: reviewer2,
      locale: 'de',
      draft: true,
      data: { title: 'Zu prüfen', summary: 'Z', _status: 'draft' },
    })
    await write(doc.id, {
      user: editor,
      locale: 'de',
      draft: true,
      data: { reviewStatus: 'in_review', _status: 'draft' },
    })
    const de = (await reviewQueue(t.payload, reviewer)).find((item) => item.id === doc.id && item.language === 'de')
    expect(de?.submitter).toBe(editor.email)
    const coverage = await coverageTable(t.payload, reviewer)
    expect(coverage.fr?.threats?.in_review).toBeGreaterThanOrEqual(1)
    expect(coverage.de?.threats?.missing).toBeGreaterThanOrEqual(1)
  })

  it('names a reference waiting for review by its label', async () => {
    const { reviewQueue } = await import('@/workflow/admin/dashboard')
    const ref = await t.payload.create({
      collection: 'references',
      locale: 'en',
      data: {
        label: 'Cyber Resilience Act',
        slug: 'wf-cra',
        url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
        kind: 'regulation',
        reviewStatus: 'approved',
        _status: 'published',
      },
    })
    await t.payload.update({
      collection: 'references',
      id: ref.id,
      locale: 'en',
      draft: true,
      data: { summary: 'New summary', reviewStatus: 'in_review', _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    expect(await reviewQueue(t.payload, reviewer)).toContainEqual(
      expect.objectContaining({ collection: 'references', id: ref.id, language: 'en', title: 'Cyber Resilience Act' }),
    )
  })
})

describe('notifications', () => {
  it('mail the reviewers on submission and the author on a decision', async () => {
    // Earlier tests' notifications go out first, unrecorded.
    await t.payload.jobs.run({ queue: 'notifications', limit: 1000 })
    // Without SMTP_HOST each mail is written to the server log (src/email/mail.ts): read it there.
    const sent: Array<{ to: string; subject: string }> = []
    const original = t.payload.logger.info.bind(t.payload.logger)
    t.payload.logger.info = ((message: unknown) => {
      const mail =
        typeof message === 'string'
          ? /^Mail \(no SMTP_HOST configured, not sent\) to (\S+): ([^\n]+)/.exec(message)
          : null
      if (mail) sent.push({ to: mail[1]!, subject: mail[2]! })
    }) as typeof t.payload.logger.info
    try {
      const doc = await publishedThreat()
      await write(doc.id, {
        user: editor,
        draft: true,
        data: { title: 'Mailed', reviewStatus: 'in_review', reviewComment: 'Please look', _status: 'draft' },
      })
      // Queued with the write, sent by the notifications queue once it has committed.
      expect(sent).toEqual([])
      await t.payload.jobs.run({ queue: 'notifications' })
      expect(sent.map((m) => m.to).sort()).toEqual([admin.email, reviewer.email, reviewer2.email].sort())
      expect(sent[0]!.subject).toBe('Review requested: Mailed (en)')
      sent.length = 0
      await write(doc.id, {
        user: reviewer,
        draft: true,
        data: { reviewStatus: 'changes_requested', reviewComment: 'Shorter', _status: 'draft' },
      })
      await t.payload.jobs.run({ queue: 'notifications' })
      expect(sent).toEqual([{ to: editor.email, subject: 'Changes requested: Mailed (en)' }])
    } finally {
      t.payload.logger.info = original
    }
  })
})

describe('unpublishing every language at once (unpublishAllLocales)', () => {
  it('is refused to an editor and done by a reviewer, in every language, and logged', async () => {
    const doc = await publishedThreat()
    await t.payload.update({
      collection: 'threats',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Menace publiée', summary: 'Résumé', reviewStatus: 'approved', _status: 'published' },
    })
    const unpublishAll = (user: User) =>
      t.payload.update({
        collection: 'threats',
        id: doc.id,
        locale: 'en',
        unpublishAllLocales: true,
        data: { _status: 'draft' },
        user,
        overrideAccess: false,
      })
    await expect(unpublishAll(editor)).rejects.toMatchObject({ status: 403 })
    expect([await publicTitle(doc.id), await publicTitle(doc.id, 'fr')]).toEqual([doc.title, 'Menace publiée'])
    await unpublishAll(reviewer)
    expect([await publicTitle(doc.id), await publicTitle(doc.id, 'fr')]).toEqual([undefined, undefined])
    // Logged for the languages that were public, not for every language.
    expect((await events(doc.id)).filter((e) => e.endsWith('->unpublished'))).toEqual([
      'en:published->unpublished',
      'fr:published->unpublished',
    ])
  })
})

describe('bulk operations', () => {
  it('a bulk update (as the admin list view does) cannot publish unreviewed text or let a translator touch English', async () => {
    const a = await publishedThreat()
    const b = await publishedThreat()
    const where = { id: { in: [a.id, b.id] } }
    const asEditor = await t.payload.update({
      collection: 'threats',
      where,
      locale: 'en',
      draft: true,
      data: { title: 'Bulk', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(asEditor.docs).toHaveLength(0)
    expect(asEditor.errors.length).toBe(2)
    // Without draft=true a bulk publication would start from the published texts: refused as a whole.
    await expect(
      t.payload.update({
        collection: 'threats',
        where,
        locale: 'en',
        data: { title: 'Bulk', _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const asTranslator = await t.payload
      .update({
        collection: 'threats',
        where,
        locale: 'en',
        draft: true,
        data: { title: 'Bulk', _status: 'draft' },
        user: translatorFr,
        overrideAccess: false,
      })
      .catch((error: { status?: number }) => ({ docs: [], status: error.status }))
    expect(asTranslator.docs).toHaveLength(0)
    expect(await publicTitle(a.id)).toBe(a.title)
    expect(await publicTitle(b.id)).toBe(b.title)
  })
})

describe('scheduled publishing (as the admin schedules it)', () => {
  // Payload's admin calls this server function; it queues a job that later publishes as the person who scheduled it.
  const schedule = async (user: User, id: string, locale: 'en' | 'fr', type: 'publish' | 'unpublish' = 'publish') => {
    const { adminServerFunctions } = await import('@/workflow/admin/serverFunctions')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: user as never }, t.payload)
    return adminServerFunctions['schedule-publish']({
      type,
      date: new Date(Date.now() + 200),
      doc: { relationTo: 'threats', value: id },
      localeToPublish: locale,
      req,
    } as never)
  }
  const jobsFor = async (id: string) =>
    (
      await t.payload.find({
        collection: 'payload-jobs',
        where: { 'input.doc.value': { equals: id } } as never,
        overrideAccess: true,
        pagination: false,
      })
    ).docs as Array<{ hasError?: boolean; completedAt?: string | null }>
  const runDueJobs = async () => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    await t.payload.jobs.run({ overrideAccess: true })
  }

  it.each([
    ['an editor, even of approved text', () => editor, true],
    ['a translator', () => translatorFr, true],
    ['a reviewer, of text that is not approved', () => reviewer, false],
  ])('refuses scheduling by %s: nothing is queued', async (_who, user, approved) => {
    const doc = await publishedThreat()
    if (!approved) await write(doc.id, { user: editor, draft: true, data: { title: 'Unreviewed', _status: 'draft' } })
    const result = (await schedule(user(), doc.id, 'en')) as { error?: string }
    expect(result.error).toMatch(approved ? /Only a reviewer or an administrator publishes/ : /not approved/)
    expect(await jobsFor(doc.id)).toHaveLength(0)
  })

  it('publishes approved text scheduled by a reviewer, and logs it as theirs', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: editor,
      draft: true,
      data: { title: 'Scheduled title', reviewStatus: 'in_review', _status: 'draft' },
    })
    await write(doc.id, { user: reviewer, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } })
    expect(await schedule(reviewer, doc.id, 'en')).not.toHaveProperty('error')
    expect(await publicTitle(doc.id)).toBe(doc.title)
    await runDueJobs()
    expect(await publicTitle(doc.id)).toBe('Scheduled title')
    const [event] = (
      await t.payload.find({
        collection: 'review-events',
        where: { and: [{ 'document.value': { equals: doc.id } }, { to: { equals: 'published' } }] },
        overrideAccess: true,
      })
    ).docs
    expect(event?.user).toMatchObject({ id: reviewer.id })
  })

  it('does not publish text edited after it was scheduled (the edit sent it back to draft)', async () => {
    const doc = await publishedThreat()
    await write(doc.id, {
      user: editor,
      draft: true,
      data: { title: 'Approved then', reviewStatus: 'in_review', _status: 'draft' },
    })
    await write(doc.id, { user: reviewer, draft: true, data: { reviewStatus: 'approved', _status: 'draft' } })
    expect(await schedule(reviewer, doc.id, 'en')).not.toHaveProperty('error')
    await write(doc.id, { user: editor, draft: true, data: { title: 'Changed after scheduling', _status: 'draft' } })
    await runDueJobs()
    expect(await publicTitle(doc.id)).toBe(doc.title)
    expect((await jobsFor(doc.id))[0]?.hasError).toBe(true)
  })
})

describe("the admin's copy to locale", () => {
  const copy = async (user: User, id: string, fromLocale: string, toLocale: string) => {
    const { adminServerFunctions } = await import('@/workflow/admin/serverFunctions')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: user as never }, t.payload)
    return adminServerFunctions['copy-data-from-locale']({
      collectionSlug: 'threats',
      docID: id,
      fromLocale,
      toLocale,
      overrideData: true,
      req,
    } as never)
  }

  it('lets a translator copy into their own language only, as a draft that still needs review', async () => {
    const threat = await publishedThreat()
    await expect(copy(translatorFr, threat.id, 'en', 'de')).rejects.toMatchObject({ status: 403 })
    await expect(copy(translatorFr, threat.id, 'fr', 'en')).rejects.toMatchObject({ status: 403 })
    await copy(translatorFr, threat.id, 'en', 'fr')
    const fr = await t.payload.findByID({
      collection: 'threats',
      id: threat.id,
      locale: 'fr',
      draft: true,
      fallbackLocale: false as never,
      overrideAccess: true,
    })
    expect(fr.title).toBe(threat.title)
    expect(fr.reviewStatus).toBe('draft') // the English "approved" is not copied along
    expect(await publicTitle(threat.id, 'fr')).toBeUndefined() // nothing published in French
    const de = await t.payload.findByID({
      collection: 'threats',
      id: threat.id,
      locale: 'de',
      draft: true,
      fallbackLocale: false as never,
      overrideAccess: true,
    })
    expect(de.title ?? null).toBeNull()
  })

  it('does not let an editor publish by copying a published, approved language', async () => {
    const threat = await publishedThreat()
    await copy(editor, threat.id, 'en', 'fr')
    expect(await publicTitle(threat.id, 'fr')).toBeUndefined()
    expect(await statusOf(threat.id, 'fr')).toBe('draft')
  })
})
