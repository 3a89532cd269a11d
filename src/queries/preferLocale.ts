import { SOURCE_LOCALE, type Locale } from '../translations/locales'

/** A document as shown on a page, and the language its text is actually in. */
export type Shown<T> = { doc: T; textLocale: Locale }

/**
 * Merges the English documents (which decide what exists publicly) with the ones published in `locale`.
 * A document published only in English is shown in English; the page marks it with a notice.
 */
export function preferLocale<T extends { id: string }>(english: T[], localized: T[], locale: Locale): Shown<T>[] {
  const byId = new Map(localized.map((doc) => [doc.id, doc]))
  return english.map((doc) => {
    const translated = byId.get(doc.id)
    return translated ? { doc: translated, textLocale: locale } : { doc, textLocale: SOURCE_LOCALE }
  })
}
