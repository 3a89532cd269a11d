import { SOURCE_LOCALE, type Locale } from '@/translations/locales'

/** A document as shown on a page, and the language its text is actually in. */
export type Shown<T> = { doc: T; textLocale: Locale; english: T }

/**
 * Merges the English documents (which decide what exists publicly) with the ones published in `locale`.
 * A document published only in English is shown in English; the page marks it with a notice.
 */
export function preferLocale<T extends { id: string }>(english: T[], localized: T[], locale: Locale): Shown<T>[] {
  const byId = new Map(localized.map((doc) => [doc.id, doc]))
  return english.map((doc) => {
    const translated = byId.get(doc.id)
    return translated
      ? { doc: translated, textLocale: locale, english: doc }
      : { doc, textLocale: SOURCE_LOCALE, english: doc }
  })
}

/**
 * An optional field of a shown document: its text in the page's language when there is one, else the English text
 * (then `lang` is "en", for a notice and the right `lang` attribute).
 */
export function fieldOrEnglish<T, K extends keyof T>(shown: Shown<T>, field: K): { value: T[K]; lang: Locale } {
  const value = shown.doc[field]
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
  return empty ? { value: shown.english[field], lang: SOURCE_LOCALE } : { value, lang: shown.textLocale }
}
