// The admin in every EU language: our Finnish, Greek, Irish and Maltese interface translations are complete against
// Payload's English key set, and this project's own labels exist in all 24 languages.
import { describe, expect, it } from '@jest/globals'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'

import { en as labelsEnglish } from '@/translations/admin/labels/en'
import { labelTranslations } from '@/translations/admin/labels/index'
import { adminLanguages } from '@/translations/adminLanguages'
import { LOCALES } from '@/translations/locales'

const flatten = (value: object, prefix = ''): Array<[string, string]> =>
  Object.entries(value).flatMap(([key, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${key}.`) : [[`${prefix}${key}`, String(v)]],
  )
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',')

const english = new Map(flatten(payloadEnglish.translations))

describe('admin interface languages', () => {
  it('covers all 24 official EU languages', () => {
    expect(Object.keys(adminLanguages).sort()).toEqual([...LOCALES].sort())
  })

  it.each(['fi', 'el', 'ga', 'mt'] as const)(
    '%s (ours) has every key of Payload’s English, with its placeholders, none empty',
    (code) => {
      const ours = new Map(flatten((adminLanguages as Record<string, { translations: object }>)[code]!.translations))
      expect([...english.keys()].filter((key) => !ours.has(key))).toEqual([])
      expect([...ours.keys()].filter((key) => !english.has(key))).toEqual([])
      const broken = [...english].filter(([key, text]) => placeholders(text) !== placeholders(ours.get(key) ?? ''))
      expect(broken.map(([key]) => key)).toEqual([])
      expect([...ours.values()].filter((text) => !text.trim())).toEqual([])
    },
  )

  it('writes Greek in Greek script', () => {
    const text = flatten((adminLanguages as Record<string, { translations: object }>).el!.translations)
      .map(([, v]) => v)
      .join(' ')
    expect(text).toMatch(/[\u0370-\u03ff]/)
  })
})

describe('labels of this project’s collections and fields', () => {
  it.each(LOCALES)('%s has every label, none empty', (locale) => {
    const labels = labelTranslations[locale]
    const missing = Object.keys(labelsEnglish).filter((key) => !labels[key as keyof typeof labelsEnglish]?.trim())
    expect(missing).toEqual([])
  })
})
