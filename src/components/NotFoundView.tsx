'use client'
import { usePathname } from 'next/navigation'

import { isLocale, SOURCE_LOCALE } from '@/translations/locales'

type Texts = { title: string; body: string; back: string; site: string }

export function NotFoundView({ messages }: { messages: Record<string, Texts> }) {
  const first = (usePathname() ?? '').split('/')[1]
  const locale = isLocale(first) ? first : SOURCE_LOCALE
  const m = messages[locale]!
  return (
    <>
      <header className="site-header">
        <a className="site-name" href={`/${locale}`}>
          {m.site}
        </a>
      </header>
      <main id="main" lang={locale}>
        <h1>{m.title}</h1>
        <p>{m.body}</p>
        <p>
          <a href={`/${locale}`}>{m.back}</a>
        </p>
      </main>
    </>
  )
}
