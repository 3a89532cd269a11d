import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { editionParam, parseFilters } from '@/catalog/filters'
import { EditionNotice } from '@/components/edition/EditionNotice'
import { PackChooser } from '@/components/PackChooser'
import { SiteHeader } from '@/components/SiteHeader'
import { Tool } from '@/components/tool/Tool'
import type { FacetHint } from '@/components/tool/types'
import { getCatalog, knownValues } from '@/queries/catalog'
import { examplesOf } from '@/queries/preferLocale'
import { groupLabels, phaseLabels } from '@/translations/labels'
import { isLocale, LOCALE_NAMES, type Locale } from '@/translations/locales'
import { messagesFor, t } from '@/translations/t'
import { pageMetadata } from '@/seo/pageMetadata'
import type { QueryPageProps } from './queryPage'

// Rendered per request from the database, so that publishing shows at once.
export const dynamic = 'force-dynamic'

/** The first few examples of an asset type or threat, as the short hint under its name in the filter. */
function facetHint(shown: Parameters<typeof examplesOf>[0], count: number): FacetHint | undefined {
  const { items, lang } = examplesOf(shown)
  return items.length ? { text: items.slice(0, count).join(' · '), lang } : undefined
}

type Props = QueryPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '',
    title: `${t(locale, 'toolTitle')} · ${t(locale, 'siteName')}`,
    description: t(locale, 'toolIntro'),
  })
}

export default async function ToolPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const catalog = await getCatalog(locale, editionParam(query))
  const { filters, unknown } = parseFilters(query, knownValues(catalog))
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main">
        <h1>{t(locale, 'toolTitle')}</h1>
        <p className="lead">{t(locale, 'toolIntro')}</p>
        <PackChooser locale={locale} packs={catalog.packs} />
        <EditionNotice locale={locale} edition={catalog.edition} editions={catalog.editions} />
        <Tool
          locale={locale}
          localeName={LOCALE_NAMES[locale as Locale]}
          messages={messagesFor(locale)}
          phaseLabels={phaseLabels(locale)}
          groupLabels={groupLabels(locale)}
          assets={catalog.assets.map((a) => ({
            slug: a.doc.slug,
            title: a.doc.title,
            textLocale: a.textLocale,
            hint: facetHint(a, 3),
          }))}
          threats={catalog.threats.map((th) => ({
            slug: th.doc.slug,
            title: th.doc.title,
            group: th.doc.group,
            textLocale: th.textLocale,
            hint: facetHint(th, 1),
          }))}
          packs={catalog.packs.map((k) => ({ slug: k.doc.slug, title: k.doc.title, textLocale: k.textLocale }))}
          editions={catalog.editions.map((e) => ({ slug: e.doc.slug, title: e.doc.title }))}
          edition={catalog.edition ? { slug: catalog.edition.doc.slug, title: catalog.edition.doc.title } : null}
          practices={catalog.items}
          initialFilters={filters}
          unknown={unknown}
        />
      </main>
    </>
  )
}
