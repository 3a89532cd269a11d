// The 24 interface dictionaries and terminology glossaries: complete, consistent, in the right script.
import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'

import { PHASES, THREAT_GROUPS } from '@/catalog/taxonomy'
import { glossaries } from '@/translations/glossary'
import { LOCALE_NAMES, LOCALES, TARGET_LOCALES } from '@/translations/locales'
import { negotiateLocale } from '@/translations/negotiate'
import { dictionaries } from '@/translations/ui'

const english = dictionaries.en
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** Strings that are the same in every language (a proper name; a file type with a placeholder). */
const SAME_IN_EVERY_LANGUAGE = new Set(['siteName', 'documentLink'])

const SCRIPT: Partial<Record<string, RegExp>> = { el: /[\u0370-\u03ff]/, bg: /[\u0400-\u04ff]/ }

describe('interface dictionaries', () => {
  it('exist for all 24 languages', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...LOCALES].sort())
  })

  it.each(TARGET_LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(english).sort())
    for (const [key, value] of Object.entries(dictionaries[locale]))
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false })
  })

  it.each(TARGET_LOCALES)('%s keeps every placeholder of the English strings', (locale) => {
    for (const [key, value] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(dictionaries[locale][key as keyof typeof english]) }).toEqual({
        key,
        placeholders: placeholders(value),
      })
    }
  })

  it.each(TARGET_LOCALES)('%s is mostly translated (few strings identical to English)', (locale) => {
    const same = Object.entries(english).filter(
      ([key, value]) =>
        !SAME_IN_EVERY_LANGUAGE.has(key) &&
        value.length > 12 &&
        dictionaries[locale][key as keyof typeof english] === value,
    )
    expect(same.map(([key]) => key)).toEqual([])
  })

  it.each(Object.keys(SCRIPT))('%s is written in its own script', (locale) => {
    const text = Object.values(dictionaries[locale as keyof typeof dictionaries]).join(' ')
    expect(text).toMatch(SCRIPT[locale]!)
  })
})

describe('terminology glossaries', () => {
  it.each(LOCALES)('%s has every key of the English glossary, none empty', (locale) => {
    expect(Object.keys(glossaries[locale]).sort()).toEqual(Object.keys(glossaries.en).sort())
    expect(Object.values(glossaries[locale]).every((term) => term.trim().length > 0)).toBe(true)
  })

  it.each(LOCALES)('%s names the phases in the interface with the glossary terms', (locale) => {
    for (const phase of PHASES)
      expect(dictionaries[locale][`phase_${phase}`]).toBe(glossaries[locale][`phase_${phase}`])
  })

  it.each(TARGET_LOCALES)('%s seed content uses the glossary for asset-type titles', (locale) => {
    const seed = JSON.parse(readFileSync(`seed/translations/${locale}.json`, 'utf8')) as {
      assets: Record<string, { title: string }>
    }
    for (const [slug, { title }] of Object.entries(seed.assets)) {
      expect({ slug, title }).toEqual({
        slug,
        title: glossaries[locale][`asset_${slug}` as keyof (typeof glossaries)['en']],
      })
    }
  })

  it('has a term for every threat group', () => {
    for (const locale of LOCALES)
      for (const group of THREAT_GROUPS) expect(glossaries[locale][`group_${group}`]).toBeTruthy()
  })
})

describe('language names', () => {
  it('name each language in itself', () => {
    expect(LOCALE_NAMES.de).toBe('Deutsch')
    expect(LOCALE_NAMES.el).toMatch(SCRIPT.el!)
    expect(LOCALE_NAMES.bg).toMatch(SCRIPT.bg!)
    expect(negotiateLocale('ga')).toBe('ga')
  })
})
