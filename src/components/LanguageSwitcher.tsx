import { LOCALE_NAMES, LOCALES, type Locale } from '../translations/locales'
import { t } from '../translations/t'

/** Links to the same page in each language, each language named in itself (with its own `lang`). */
export function LanguageSwitcher({ locale }: { locale: Locale }) {
  return (
    <nav aria-label={t(locale, 'languageLabel')} className="language-switcher">
      <ul>
        {LOCALES.map((code) => (
          <li key={code}>
            <a href={`/${code}`} hrefLang={code} lang={code} aria-current={code === locale ? 'page' : undefined}>
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
