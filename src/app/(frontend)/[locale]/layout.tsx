import type { Metadata } from 'next'
import React from 'react'

import { isLocale, SOURCE_LOCALE } from '@/translations/locales'
import { t } from '@/translations/t'
import '../styles.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : SOURCE_LOCALE
  return { title: t(locale, 'siteName'), description: t(locale, 'tagline') }
}

/** Root layout of the public site: `<html lang>` is the page's language (unknown codes fall back to English). */
export default async function FrontendLayout({ children, params }: Props) {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : SOURCE_LOCALE
  return (
    // The class `js` is set by the inline script before the first paint (see styles.css); React does not own it.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <script dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} />
        <a className="skip-link" href="#main">
          {t(locale, 'skipToContent')}
        </a>
        {children}
        <footer className="site-footer">
          <p>{t(locale, 'footerCredit')}</p>
        </footer>
      </body>
    </html>
  )
}
