import type { Locale } from './locales'
import type { UiKey } from './ui/en'
import { dictionaries } from './ui/index'

/** The interface string `key` in `locale`, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key]
  return template.replace(/\{(\w+)\}/g, (match: string, name: string) => (name in values ? String(values[name]) : match))
}
