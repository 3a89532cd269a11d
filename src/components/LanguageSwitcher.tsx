'use client'
import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'

import { LOCALE_NAMES, LOCALES, type Locale } from '@/translations/locales'

/** Esc closes the open menu and puts focus back on its button, as in any menu. */
function useCloseOnEscape() {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const element = menu.current
    if (!element) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open) return
      element.open = false
      element.querySelector('summary')?.focus()
    }
    element.addEventListener('keydown', onKey)
    return () => element.removeEventListener('keydown', onKey)
  }, [])
  return menu
}

/**
 * The same page, with the same filters, in each language; each language named in itself (with its own `lang`).
 * Reads the current address, so filters changed in the browser are kept too.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const menu = useCloseOnEscape()
  const pathname = usePathname() ?? `/${locale}`
  const search = useSearchParams()?.toString()
  const rest = pathname.split('/').slice(2).join('/')
  const href = (code: Locale) => `/${code}${rest ? `/${rest}` : ''}${search ? `?${search}` : ''}`
  return (
    <nav aria-label={label} className="language-switcher">
      <details ref={menu}>
        <summary>
          <span className="visually-hidden">{label}: </span>
          <span lang={locale}>{LOCALE_NAMES[locale]}</span>
        </summary>
        <ul>
          {LOCALES.map((code) => (
            <li key={code}>
              <a href={href(code)} hrefLang={code} lang={code} aria-current={code === locale ? 'page' : undefined}>
                {LOCALE_NAMES[code]}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  )
}
