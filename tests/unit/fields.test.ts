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
    expect(defaultSeoTitle({ code: 'G1', title: 'Involve the IT department' })).toBe(
      'G1 Involve the IT department · ProcureSec',
    )
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

describe('field builders', () => {
  it('take overrides and keep their defaults for what is not overridden', async () => {
    const { slugField } = await import('@/fields/slug')
    const { orderField } = await import('@/fields/order')
    const { titleField, summaryField } = await import('@/fields/text')
    const slug = slugField({ unique: false, admin: { readOnly: true } })
    expect(slug).toMatchObject({
      name: 'slug',
      unique: false,
      required: true,
      admin: { position: 'sidebar', readOnly: true },
    })
    expect(orderField({ defaultValue: 5 })).toMatchObject({
      name: 'order',
      defaultValue: 5,
      admin: { position: 'sidebar', step: 1 },
    })
    expect(titleField({ name: 'label' })).toMatchObject({
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
    })
    expect(summaryField({ required: false })).toMatchObject({
      name: 'summary',
      type: 'textarea',
      localized: true,
      required: false,
    })
  })
})

describe('contentCollection', () => {
  const base = { slug: 'things', fields: [{ name: 'title', type: 'text' as const }] }
  it('runs the collection’s own hooks after the workflow’s, and empties the public cache last', async () => {
    const { contentCollection } = await import('@/collections/contentCollection')
    const { enforceReviewWorkflow } = await import('@/workflow/hooks/reviewWorkflow')
    const { forgetPublicContentHooks } = await import('@/cache/publicCache')
    const own = () => undefined
    const config = contentCollection({ ...base, hooks: { beforeChange: [own], afterChange: [own], afterRead: [own] } })
    expect(config.hooks?.beforeChange).toEqual([enforceReviewWorkflow, own])
    expect(config.hooks?.afterChange?.at(-1)).toBe(forgetPublicContentHooks.afterChange[0])
    expect(config.hooks?.afterChange).toContain(own)
    expect(config.hooks?.afterRead).toEqual([own])
  })
  it('keeps the workflow’s drafts, takes the number of versions, and refuses access declared on the collection', async () => {
    const { contentCollection, MAX_VERSIONS_PER_DOC } = await import('@/collections/contentCollection')
    expect(contentCollection(base).versions).toMatchObject({
      maxPerDoc: MAX_VERSIONS_PER_DOC,
      drafts: { localizeStatus: true },
    })
    expect(contentCollection({ ...base, versions: { maxPerDoc: 7 } }).versions).toMatchObject({
      maxPerDoc: 7,
      drafts: { localizeStatus: true },
    })
    expect(() => contentCollection({ ...base, versions: { drafts: false } })).toThrow(/versions\.maxPerDoc/)
    expect(() => contentCollection({ ...base, access: { read: () => true } })).toThrow(/src\/access\/policy\.ts/)
  })
})
