import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'

import { changedFields, contentChanges } from '@/access/changes'
import {
  decidePublish,
  decidePublishAll,
  decideSharedValues,
  decideTransition,
  type Actor,
  type ReviewStatus,
} from '@/workflow/rules/transitions'
import { sourceFingerprint } from '@/workflow/rules/fingerprint'

// Capabilities as the policy gives them (src/access/policy.ts): the pure rules see only these.
const editor: Actor = { id: 'e', canEdit: true, canReview: false, canPublish: false }
const reviewer: Actor = { id: 'r', canEdit: true, canReview: true, canPublish: true }
const outsider: Actor = { id: 'o', canEdit: false, canReview: false, canPublish: false }

const t = (from: ReviewStatus, to: ReviewStatus, actor: Actor, extra: object = {}) =>
  decideTransition({ from, to, actor, locale: 'en', lastEditor: 'someone-else', comment: 'because', ...extra })

describe('decideTransition', () => {
  it.each([
    ['draft', 'in_review', editor, true],
    ['in_review', 'approved', reviewer, true],
    ['in_review', 'approved', editor, false],
    ['in_review', 'changes_requested', reviewer, true],
    ['changes_requested', 'in_review', editor, true],
    ['approved', 'draft', editor, true],
    ['draft', 'approved', reviewer, false],
    ['draft', 'changes_requested', reviewer, false],
    ['approved', 'in_review', editor, false],
    ['draft', 'in_review', outsider, false],
  ] as const)('%s → %s by %o: %s', (from, to, actor, ok) => {
    expect(t(from, to, actor).ok).toBe(ok)
  })

  it('applies the four-eyes rule to approvals and rejections', () => {
    expect(t('in_review', 'approved', reviewer, { lastEditor: 'r' })).toMatchObject({ ok: false, status: 403 })
    expect(t('in_review', 'changes_requested', reviewer, { lastEditor: 'r' })).toMatchObject({ ok: false, status: 403 })
  })

  it('requires a comment to request changes', () => {
    expect(t('in_review', 'changes_requested', reviewer, { comment: '  ' })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('decidePublish', () => {
  it('needs approved text and someone who may publish', () => {
    expect(decidePublish({ status: 'approved', actor: reviewer, locale: 'fr' }).ok).toBe(true)
    expect(decidePublish({ status: 'approved', actor: editor, locale: 'fr' }).ok).toBe(false)
    expect(decidePublish({ status: 'in_review', actor: reviewer, locale: 'fr' }).ok).toBe(false)
    expect(decidePublish({ status: 'draft', actor: reviewer, locale: 'fr', unpublish: true }).ok).toBe(true)
  })

  it('publishes all languages at once only when every language is approved, and names the others', () => {
    const locales = ['en', 'fr', 'el']
    expect(
      decidePublishAll({ statuses: { en: 'approved', fr: 'approved', el: 'approved' }, actor: reviewer, locales }).ok,
    ).toBe(true)
    const refused = decidePublishAll({ statuses: { en: 'approved', fr: 'in_review' }, actor: reviewer, locales })
    expect(refused).toMatchObject({ ok: false, status: 403 })
    expect(!refused.ok && refused.reason).toContain('fr (in_review), el (draft)')
    expect(
      decidePublishAll({ statuses: { en: 'approved', fr: 'approved', el: 'approved' }, actor: editor, locales }).ok,
    ).toBe(false)
  })

  it('publishes a translation with unreviewed language-independent changes only once the English is approved', () => {
    expect(
      decideSharedValues({ locale: 'fr', sourceLocale: 'en', sharedChanged: ['phase'], sourceStatus: 'draft' }),
    ).toMatchObject({ ok: false })
    expect(
      decideSharedValues({ locale: 'fr', sourceLocale: 'en', sharedChanged: ['phase'], sourceStatus: 'approved' }).ok,
    ).toBe(true)
    expect(decideSharedValues({ locale: 'fr', sourceLocale: 'en', sharedChanged: [], sourceStatus: 'draft' }).ok).toBe(
      true,
    )
    expect(
      decideSharedValues({ locale: 'en', sourceLocale: 'en', sharedChanged: ['phase'], sourceStatus: 'draft' }).ok,
    ).toBe(true)
  })
})

describe('sourceFingerprint', () => {
  const doc = {
    title: 'Encryption',
    summary: 'Protect data.',
    requirements: [{ id: 'x', requirement: 'Use TLS', evidence: 'Config' }],
  }
  it('is stable, ignores row ids and whitespace around titles, and changes with the text', () => {
    expect(sourceFingerprint('good-practices', doc)).toBe(
      sourceFingerprint('good-practices', {
        ...doc,
        title: ' Encryption ',
        requirements: [{ id: 'y', requirement: 'Use TLS', evidence: 'Config' }],
      }),
    )
    expect(sourceFingerprint('good-practices', doc)).not.toBe(
      sourceFingerprint('good-practices', { ...doc, summary: 'Protect all data.' }),
    )
    expect(sourceFingerprint('good-practices', doc)).not.toBe(
      sourceFingerprint('good-practices', {
        ...doc,
        requirements: [{ requirement: 'Use TLS 1.3', evidence: 'Config' }],
      }),
    )
  })
})

describe('what a write changes', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text', localized: true },
    { name: 'slug', type: 'text' },
    { name: 'assets', type: 'relationship', relationTo: 'assets', hasMany: true },
    { name: 'rows', type: 'array', fields: [{ name: 'text', type: 'text', localized: true }] },
    {
      name: 'provenance',
      type: 'group',
      fields: [
        { name: 'status', type: 'text' },
        { name: 'note', type: 'text', localized: true },
      ],
    },
    { name: 'lastEditedBy', type: 'relationship', relationTo: 'users', localized: true },
  ]
  const stored = {
    title: 'T',
    slug: 's',
    assets: [{ id: 'a1' }],
    rows: [{ id: 'r1', text: 'x' }],
    provenance: { status: 'proposed', note: 'n' },
    lastEditedBy: 'u1',
  }
  const changed = (data: Record<string, unknown>) => changedFields('good-practices', fields, data, stored)
  it('finds changed language-independent values, comparing relations by id', () => {
    expect(changed({ ...stored, assets: ['a1'] })).toEqual([])
    expect(changed({ ...stored, slug: 's2' })).toEqual([{ path: 'slug', owner: 'shared' }])
    expect(changed({ ...stored, rows: [] })).toEqual([{ path: 'rows', owner: 'shared' }])
    expect(changed({ ...stored, provenance: { status: 'verified', note: 'n' } })).toEqual([
      { path: 'provenance.status', owner: 'shared' },
    ])
  })
  it('finds changed texts of the current language, inside rows and groups too', () => {
    expect(changed({ ...stored, rows: [{ id: 'r1', text: 'y' }] })).toEqual([{ path: 'rows.0.text', owner: 'text' }])
    expect(changed({ ...stored, provenance: { status: 'proposed', note: 'm' } })).toEqual([
      { path: 'provenance.note', owner: 'text' },
    ])
  })
  it('does not count what the server owns as a change of content', () => {
    expect(contentChanges(changed({ ...stored, lastEditedBy: 'u2' }))).toEqual([])
    expect(changed({ ...stored, lastEditedBy: 'u2' })).toEqual([{ path: 'lastEditedBy', owner: 'server' }])
  })
})

describe('reviewNotice', () => {
  it('tells reviewers about a submission and the author about a decision, with the comment and a link', async () => {
    const { reviewNotice } = await import('@/workflow/rules/notifications')
    const args = {
      title: 'Encryption',
      language: 'fr',
      comment: 'Please check',
      link: 'https://x/admin/collections/good-practices/1?locale=fr',
    }
    expect(reviewNotice({ ...args, to: 'in_review' })).toMatchObject({
      to: 'reviewers',
      subject: 'Review requested: Encryption (fr)',
    })
    expect(reviewNotice({ ...args, to: 'changes_requested' })?.text).toContain('Comment: Please check')
    expect(reviewNotice({ ...args, to: 'approved' })).toMatchObject({ to: 'author' })
    expect(reviewNotice({ ...args, to: 'published' })).toBeNull()
  })
})
