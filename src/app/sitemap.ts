import type { MetadataRoute } from 'next'

import { getCatalog } from '@/queries/catalog'
import { siteUrl } from '@/seo/pageMetadata'
import { LOCALES, SOURCE_LOCALE } from '@/translations/locales'

export const dynamic = 'force-dynamic'

/** Every public page in every language (pages exist in all 24; untranslated text is shown in English). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const catalog = await getCatalog(SOURCE_LOCALE)
  const practiceSlugs = new Set<string>()
  for (const edition of catalog.editions) {
    const editionCatalog = await getCatalog(SOURCE_LOCALE, edition.doc.slug)
    editionCatalog.items.forEach((p) => practiceSlugs.add(p.slug))
  }
  const paths = [
    '',
    ...catalog.editions.map((e) => `/guidelines/${e.doc.slug}`),
    ...[...practiceSlugs].map((slug) => `/good-practices/${slug}`),
    ...catalog.assets.map((a) => `/assets/${a.doc.slug}`),
    ...catalog.threats.map((th) => `/threats/${th.doc.slug}`),
    '/packs',
    ...catalog.packs.map((k) => `/packs/${k.doc.slug}`),
  ]
  return paths.flatMap((path) =>
    LOCALES.map((locale) => ({
      url: `${base}/${locale}${path}`,
      alternates: { languages: Object.fromEntries(LOCALES.map((code) => [code, `${base}/${code}${path}`])) },
    })),
  )
}
