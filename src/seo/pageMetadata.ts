import type { Metadata } from 'next'

import { LOCALES, SOURCE_LOCALE, type Locale } from '@/translations/locales'

/** The public base URL: SERVER_URL in production, else the local server. */
export const siteUrl = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/** The configured public address (SERVER_URL), or null: exports then carry no links rather than localhost ones. */
export const publicSiteUrl = (): string | null => process.env.SERVER_URL?.replace(/\/$/, '') || null

/** Default Open Graph image (1200×630), served from public/. */
export const DEFAULT_OG_IMAGE = '/og-default.png'

type PageMeta = { locale: Locale; path: string; title: string; description?: string | null; image?: string | null }

/**
 * Title, description, canonical URL, hreflang alternates for every language (each page exists in all 24, in English
 * where not translated) plus x-default, and Open Graph tags with an image.
 */
export function pageMetadata({ locale, path, title, description, image }: PageMeta): Metadata {
  const url = (code: Locale) => `${siteUrl()}/${code}${path}`
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical: url(locale),
      languages: {
        ...Object.fromEntries(LOCALES.map((code) => [code, url(code)])),
        'x-default': url(SOURCE_LOCALE),
      },
    },
    openGraph: {
      type: 'website',
      url: url(locale),
      title,
      description: description ?? undefined,
      locale,
      siteName: 'ProcureSec',
      images: [{ url: `${siteUrl()}${image ?? DEFAULT_OG_IMAGE}`, width: 1200, height: 630 }],
    },
  }
}
