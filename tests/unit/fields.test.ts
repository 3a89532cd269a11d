import { describe, expect, it } from '@jest/globals'

import { validateSlug } from '@/fields/slug'
import { validateUrl } from '@/fields/validateUrl'
import { lexicalToParagraphs, paragraphsToLexical } from '@/richtext/paragraphs'
import { defaultSeoDescription, defaultSeoTitle } from '@/seo/defaults'

describe('validateSlug', () => {
  it('accepts lowercase words joined by hyphens', () => {
    expect(validateSlug('medical-devices')).toBe(true)
    expect(validateSlug('procurement-guidelines-2026')).toBe(true)
  })
  it.each(['', 'Medical-Devices', 'medical--devices', '-x', 'x-', 'münchen', 'a b', 'a'.repeat(121), 42])(
    'refuses %p with a message',
    (value) => {
      expect(typeof validateSlug(value)).toBe('string')
    },
  )
})

describe('validateUrl', () => {
  it('accepts http(s) URLs and leaves empty values to `required`', () => {
    expect(validateUrl('https://www.enisa.europa.eu/publications/x')).toBe(true)
    expect(validateUrl('')).toBe(true)
  })
  it.each(['javascript:alert(1)', 'www.example.org', 'ftp://x.org/a', 12])('refuses %p', (value) => {
    expect(typeof validateUrl(value)).toBe('string')
  })
})

describe('paragraphs ↔ Lexical', () => {
  it('round-trips plain paragraphs', () => {
    const paragraphs = ['First paragraph.', 'Second, with ünïcødé — and “quotes”.']
    expect(lexicalToParagraphs(paragraphsToLexical(paragraphs))).toEqual(paragraphs)
  })
  it('reads nothing from empty or foreign values', () => {
    expect(lexicalToParagraphs(null)).toEqual([])
    expect(lexicalToParagraphs({ root: {} })).toEqual([])
  })
})

describe('default SEO title and description', () => {
  it('builds the title from code and title', () => {
    expect(defaultSeoTitle({ code: 'G1', title: 'Involve the IT department' })).toBe('G1 Involve the IT department · ProcureSec')
    expect(defaultSeoTitle({ title: 'Medical devices' })).toBe('Medical devices · ProcureSec')
    expect(defaultSeoTitle(undefined)).toBe('ProcureSec')
  })
  it('keeps short summaries and cuts long ones at a word, within 160 characters', () => {
    expect(defaultSeoDescription({ summary: 'Short  summary.' })).toBe('Short summary.')
    const long = 'word '.repeat(60)
    const cut = defaultSeoDescription({ summary: long })
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('word…')).toBe(true)
  })
})
