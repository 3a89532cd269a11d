// The per-language synonym lists kept with the glossary (src/translations/glossary/synonyms): each names a known asset
// type or threat, covers every asset type, and never files a word under two concepts or under the wrong one.
import { describe, expect, it } from '@jest/globals'

import { foldText } from '@/catalog/match'
import { synonyms } from '@/translations/glossary/synonyms'
import { LOCALES, SOURCE_LOCALE, type Locale, type TARGET_LOCALES } from '@/translations/locales'
import { readTranslationFile } from '../../seed/machineTranslations'
import { assets } from '../../seed/data/assets'
import { threats } from '../../seed/data/threats'

type TargetLocale = (typeof TARGET_LOCALES)[number]

const CONCEPTS = [...assets.map((a) => `asset_${a.slug}`), ...threats.map((t) => `threat_${t.slug}`)]

/** The names of every concept in one language (the seed's titles, translated where the language has them). */
function titlesIn(locale: Locale): Map<string, string> {
  const file = locale === SOURCE_LOCALE ? null : readTranslationFile(locale as TargetLocale)
  return new Map([
    ...assets.map((a): [string, string] => [`asset_${a.slug}`, file?.assets?.[a.slug]?.title ?? a.title]),
    ...threats.map((t): [string, string] => [`threat_${t.slug}`, file?.threats?.[t.slug]?.title ?? t.title]),
  ])
}

describe.each(LOCALES)('synonyms: %s', (locale) => {
  const list = synonyms[locale]
  const entries = Object.entries(list) as Array<[string, string[]]>

  it('names known asset types and threats only, every asset type and at least ten threats', () => {
    expect(entries.map(([key]) => key).filter((key) => !CONCEPTS.includes(key))).toEqual([])
    expect(assets.map((a) => `asset_${a.slug}`).filter((key) => !list[key as keyof typeof list]?.length)).toEqual([])
    expect(entries.filter(([key]) => key.startsWith('threat_')).length).toBeGreaterThanOrEqual(10)
  })

  it('has clean terms: not empty, trimmed, no repeats, none the concept’s own name', () => {
    const titles = titlesIn(locale)
    const problems = entries.flatMap(([key, terms]) =>
      terms.flatMap((term) => {
        const found: string[] = []
        if (!term.trim() || term !== term.trim()) found.push(`${key}: "${term}" is empty or not trimmed`)
        if (terms.filter((other) => foldText(other) === foldText(term)).length > 1)
          found.push(`${key}: "${term}" twice`)
        if (foldText(term) === foldText(titles.get(key) ?? '')) found.push(`${key}: "${term}" is its own title`)
        return found
      }),
    )
    expect(problems).toEqual([])
  })

  it('files no word under two concepts, and none under a concept other than the one it names', () => {
    const titles = [...titlesIn(locale), ...(locale === SOURCE_LOCALE ? [] : titlesIn(SOURCE_LOCALE))]
    const owner = new Map<string, string>()
    const problems: string[] = []
    for (const [key, terms] of entries)
      for (const term of terms.map(foldText)) {
        const other = owner.get(term)
        if (other && other !== key) problems.push(`"${term}" under ${other} and ${key}`)
        owner.set(term, key)
        for (const [concept, title] of titles)
          if (concept !== key && foldText(title) === term)
            problems.push(`"${term}" under ${key} is the name of ${concept}`)
      }
    expect(problems).toEqual([])
  })
})
