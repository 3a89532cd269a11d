import { isLocale, SOURCE_LOCALE, type Locale } from './locales'

/**
 * The visitor's preferred language among ours, from an Accept-Language header ("de-AT,de;q=0.9,en;q=0.5").
 * Region subtags match their language (de-AT → de); q=0 means "not acceptable"; otherwise English.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return SOURCE_LOCALE
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0 && entry.language)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return (ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined) ?? SOURCE_LOCALE
}
