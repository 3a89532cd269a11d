// Labels of this project's admin collections, fields and options in every admin language. Payload takes a label as
// an object keyed by language; languages without a label file fall back to English.
import { LOCALES } from '@/translations/locales'
import { en, type AdminLabelKey } from './labels/en'
import { labelTranslations } from './labels/index'

export type { AdminLabelKey }

export function L(key: AdminLabelKey): Record<string, string> {
  return Object.fromEntries(LOCALES.map((code) => [code, labelTranslations[code]?.[key] ?? en[key]]))
}
