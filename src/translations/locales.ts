// The 24 official EU languages (ISO 639-1). English is the source language and the fallback.

export const LOCALES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const

export type Locale = (typeof LOCALES)[number]

export const SOURCE_LOCALE: Locale = 'en'

/** Every language but the source: the languages that need a translation. */
export const TARGET_LOCALES = LOCALES.filter((code): code is Exclude<Locale, 'en'> => code !== 'en')

/** Each language named in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  bg: 'български',
  cs: 'čeština',
  da: 'dansk',
  de: 'Deutsch',
  el: 'ελληνικά',
  en: 'English',
  es: 'español',
  et: 'eesti',
  fi: 'suomi',
  fr: 'français',
  ga: 'Gaeilge',
  hr: 'hrvatski',
  hu: 'magyar',
  it: 'italiano',
  lt: 'lietuvių',
  lv: 'latviešu',
  mt: 'Malti',
  nl: 'Nederlands',
  pl: 'polski',
  pt: 'português',
  ro: 'română',
  sk: 'slovenčina',
  sl: 'slovenščina',
  sv: 'svenska',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Options for a select field listing languages. */
export const localeOptions = (codes: readonly Locale[] = LOCALES) =>
  codes.map((code) => ({ label: `${LOCALE_NAMES[code]} (${code})`, value: code }))
