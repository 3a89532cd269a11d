import { Suspense } from 'react'

import type { Locale } from '@/translations/locales'
import { t } from '@/translations/t'
import { LanguageSwitcher } from './LanguageSwitcher'

export function SiteHeader({ locale }: { locale: Locale }) {
  return (
    <header className="site-header">
      <a className="site-name" href={`/${locale}`}>
        {t(locale, 'siteName')}
      </a>
      <Suspense fallback={null}>
        <LanguageSwitcher locale={locale} label={t(locale, 'languageLabel')} />
      </Suspense>
    </header>
  )
}
