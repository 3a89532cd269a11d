import { describe, expect, it } from '@jest/globals'

import { hasLanguage, hasRole, isContentEditor, isStaff } from '../../src/access/roles'
import { preferLocale } from '../../src/queries/preferLocale'

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
    const french = [{ id: 'b', title: 'B (fr)' }, { id: 'z', title: 'not public in English' }]
    expect(preferLocale(english, french, 'fr')).toEqual([
      { doc: { id: 'a', title: 'A' }, textLocale: 'en' },
      { doc: { id: 'b', title: 'B (fr)' }, textLocale: 'fr' },
    ])
  })
})
