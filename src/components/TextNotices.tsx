import { LOCALE_NAMES, type Locale } from '@/translations/locales'
import { t } from '@/translations/t'

/** Says when a text is shown in English (no published translation) or is an unreviewed machine translation. */
export function TextNotices({
  locale,
  textLocale,
  machine,
}: {
  locale: Locale
  textLocale: string
  machine?: boolean
}) {
  if (textLocale !== locale)
    return <p className="notice">{t(locale, 'shownInEnglish', { language: LOCALE_NAMES[locale] })}</p>
  if (machine) return <p className="notice">{t(locale, 'machineTranslation')}</p>
  return null
}
