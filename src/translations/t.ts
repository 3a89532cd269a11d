import { format } from './format'
import type { Locale } from './locales'
import type { UiDictionary, UiKey } from './ui/en'
import { dictionaries } from './ui/index'

/** The interface string `key` in `locale`, with {placeholders} filled in. Server side: it loads all dictionaries. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return format(dictionaries[locale][key], values)
}

export const messagesFor = (locale: Locale): UiDictionary => dictionaries[locale]
