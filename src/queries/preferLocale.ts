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

type WithExamples = { examples?: Array<{ example?: string | null }> | null }

/**
 * The examples of an asset type or threat, translated as a whole list: in the page's language when every example has
 * a text there, else in English (`lang` says which).
 */
export function examplesOf(shown: Shown<WithExamples>): { items: string[]; lang: Locale } {
  const texts = (doc: WithExamples) => (doc.examples ?? []).map((e) => e.example ?? '').filter(Boolean)
  const translated = texts(shown.doc)
  return translated.length > 0 && translated.length === (shown.doc.examples ?? []).length
    ? { items: translated, lang: shown.textLocale }
    : { items: texts(shown.english), lang: SOURCE_LOCALE }
}
