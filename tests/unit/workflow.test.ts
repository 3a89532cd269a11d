import { describe, expect, it } from '@jest/globals'

import { decidePublish, decideTransition, type ReviewStatus } from '../../src/workflow/transitions'
import { sourceFingerprint } from '../../src/workflow/fingerprint'
import { changedLanguageIndependent, changedLocalized } from '../../src/workflow/languageIndependent'
import type { Field } from 'payload'

const editor = { id: 'e', roles: ['editor' as const] }
const reviewer = { id: 'r', roles: ['reviewer' as const] }
const admin = { id: 'a', roles: ['admin' as const] }
const translator = { id: 't', roles: ['translator' as const], languages: ['fr' as const] }

const t = (from: ReviewStatus, to: ReviewStatus, actor: object, extra: object = {}) =>
  decideTransition({ from, to, actor, locale: 'en', lastEditor: 'someone-else', comment: 'because', ...extra })

describe('decideTransition', () => {
  it.each([
    ['draft', 'in_review', editor, true],
    ['in_review', 'approved', reviewer, true],
    ['in_review', 'approved', admin, true],
    ['in_review', 'approved', editor, false],
    ['in_review', 'changes_requested', reviewer, true],
    ['changes_requested', 'in_review', editor, true],
    ['approved', 'draft', editor, true],
    ['draft', 'approved', reviewer, false],
    ['draft', 'changes_requested', reviewer, false],
    ['approved', 'in_review', editor, false],
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

  it('lets translators move only their own languages, never English', () => {
    expect(decideTransition({ from: 'draft', to: 'in_review', actor: translator, locale: 'fr' }).ok).toBe(true)
    expect(decideTransition({ from: 'draft', to: 'in_review', actor: translator, locale: 'de' }).ok).toBe(false)
    expect(decideTransition({ from: 'draft', to: 'in_review', actor: translator, locale: 'en' }).ok).toBe(false)
  })
})

describe('decidePublish', () => {
  it('needs approved text and a reviewer or admin', () => {
    expect(decidePublish({ status: 'approved', actor: reviewer, locale: 'fr' }).ok).toBe(true)
    expect(decidePublish({ status: 'approved', actor: editor, locale: 'fr' }).ok).toBe(false)
    expect(decidePublish({ status: 'in_review', actor: admin, locale: 'fr' }).ok).toBe(false)
    expect(decidePublish({ status: 'draft', actor: admin, locale: 'fr', unpublish: true }).ok).toBe(true)
  })
})

describe('sourceFingerprint', () => {
  const doc = { title: 'Encryption', summary: 'Protect data.', requirements: [{ id: 'x', requirement: 'Use TLS', evidence: 'Config' }] }
  it('is stable, ignores row ids and whitespace around titles, and changes with the text', () => {
    expect(sourceFingerprint('good-practices', doc)).toBe(sourceFingerprint('good-practices', { ...doc, title: ' Encryption ', requirements: [{ id: 'y', requirement: 'Use TLS', evidence: 'Config' }] }))
    expect(sourceFingerprint('good-practices', doc)).not.toBe(sourceFingerprint('good-practices', { ...doc, summary: 'Protect all data.' }))
    expect(sourceFingerprint('good-practices', doc)).not.toBe(sourceFingerprint('good-practices', { ...doc, requirements: [{ requirement: 'Use TLS 1.3', evidence: 'Config' }] }))
  })
})

describe('what a write changes', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text', localized: true },
    { name: 'slug', type: 'text' },
    { name: 'assets', type: 'relationship', relationTo: 'assets', hasMany: true },
    { name: 'rows', type: 'array', fields: [{ name: 'text', type: 'text', localized: true }] },
    { name: 'provenance', type: 'group', fields: [{ name: 'status', type: 'text' }, { name: 'note', type: 'text', localized: true }] },
  ]
  const stored = { title: 'T', slug: 's', assets: [{ id: 'a1' }], rows: [{ id: 'r1', text: 'x' }], provenance: { status: 'proposed', note: 'n' } }
  it('finds changed language-independent values, comparing relations by id', () => {
    expect(changedLanguageIndependent(fields, { ...stored, title: 'T2', assets: ['a1'] }, stored)).toEqual([])
    expect(changedLanguageIndependent(fields, { ...stored, slug: 's2' }, stored)).toEqual(['slug'])
    expect(changedLanguageIndependent(fields, { ...stored, rows: [] }, stored)).toEqual(['rows'])
    expect(changedLanguageIndependent(fields, { ...stored, provenance: { status: 'verified', note: 'n' } }, stored)).toEqual(['provenance.status'])
  })
  it('finds changed texts of the current language, inside rows and groups too', () => {
    expect(changedLocalized(fields, stored, stored)).toBe(false)
    expect(changedLocalized(fields, { ...stored, rows: [{ id: 'r1', text: 'y' }] }, stored)).toBe(true)
    expect(changedLocalized(fields, { ...stored, provenance: { status: 'proposed', note: 'm' } }, stored)).toBe(true)
    expect(changedLocalized(fields, { ...stored, slug: 'other' }, stored)).toBe(false)
  })
})

describe('reviewNotice', () => {
  it('tells reviewers about a submission and the author about a decision, with the comment and a link', async () => {
    const { reviewNotice } = await import('../../src/workflow/notifications')
    const args = { title: 'Encryption', language: 'fr', comment: 'Please check', link: 'https://x/admin/collections/good-practices/1?locale=fr' }
    expect(reviewNotice({ ...args, to: 'in_review' })).toMatchObject({ to: 'reviewers', subject: 'Review requested: Encryption (fr)' })
    expect(reviewNotice({ ...args, to: 'changes_requested' })?.text).toContain('Comment: Please check')
    expect(reviewNotice({ ...args, to: 'approved' })).toMatchObject({ to: 'author' })
    expect(reviewNotice({ ...args, to: 'published' })).toBeNull()
  })
})
