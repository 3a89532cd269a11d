import { describe, expect, it } from '@jest/globals'

import { hasLanguage, hasRole, isContentEditor, isStaff } from '@/access/roles'
import { fieldOrEnglish, preferLocale } from '@/queries/preferLocale'

describe('role predicates', () => {
  it('treats users without roles, and anonymous visitors, as the public', () => {
    expect(isStaff(null)).toBe(false)
    expect(isStaff({ roles: [] })).toBe(false)
    expect(isStaff({ roles: ['translator'] })).toBe(true)
  })
  it('knows who edits content and which languages a translator holds', () => {
    expect(isContentEditor({ roles: ['translator'] })).toBe(false)
    expect(isContentEditor({ roles: ['translator', 'editor'] })).toBe(true)
    expect(hasRole({ roles: ['reviewer'] }, 'admin', 'reviewer')).toBe(true)
    expect(hasLanguage({ languages: ['fr', 'de'] }, 'de')).toBe(true)
    expect(hasLanguage({ languages: ['fr'] }, 'en')).toBe(false)
    expect(hasLanguage({ languages: ['fr'] }, undefined)).toBe(false)
  })
})

describe('preferLocale', () => {
  it('keeps the English set and order, taking the translated text where it is published', () => {
    const english = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ]
    const french = [
      { id: 'b', title: 'B (fr)' },
      { id: 'z', title: 'not public in English' },
    ]
    expect(preferLocale(english, french, 'fr')).toEqual([
      { doc: { id: 'a', title: 'A' }, textLocale: 'en', english: { id: 'a', title: 'A' } },
      { doc: { id: 'b', title: 'B (fr)' }, textLocale: 'fr', english: { id: 'b', title: 'B' } },
    ])
  })
})

describe('fieldOrEnglish', () => {
  it('takes the translation when there is one, else the English text marked as English', () => {
    const shown = {
      doc: { id: 'a', description: null as string | null, note: 'Note (fr)' },
      textLocale: 'fr' as const,
      english: { id: 'a', description: 'English description', note: 'Note' },
    }
    expect(fieldOrEnglish(shown, 'description')).toEqual({ value: 'English description', lang: 'en' })
    expect(fieldOrEnglish(shown, 'note')).toEqual({ value: 'Note (fr)', lang: 'fr' })
  })
})

describe('translatorWorkQueue', () => {
  it('shows a translator the records of their languages that need work, and filters nothing for others', async () => {
    const { translatorWorkQueue } = await import('@/workflow/admin/translatorQueue')
    expect(translatorWorkQueue({ roles: ['translator'], languages: ['fr', 'de'] })).toEqual({
      and: [
        { language: { in: ['fr', 'de'] } },
        { status: { in: ['missing', 'machine', 'outdated', 'changes_requested', 'in_progress'] } },
      ],
    })
    expect(translatorWorkQueue({ roles: ['editor'], languages: ['fr'] })).toBeNull()
    expect(translatorWorkQueue({ roles: ['reviewer', 'translator'], languages: ['fr'] })).toBeNull()
    expect(translatorWorkQueue({ roles: ['translator'], languages: [] })).toBeNull()
    expect(translatorWorkQueue(null)).toBeNull()
  })
})

describe('reviewed collections', () => {
  it('are the collections the access policy declares as reviewed content, and no others', async () => {
    const { CONTENT_COLLECTIONS } = await import('@/workflow/rules/collections')
    const { POLICY } = await import('@/access/policy')
    const reviewed = Object.entries(POLICY)
      .filter(([, policy]) => policy.workflow)
      .map(([slug]) => slug)
    expect([...CONTENT_COLLECTIONS].sort()).toEqual(reviewed.sort())
  })
})
