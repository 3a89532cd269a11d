import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { filtersToQuery } from '@/catalog/filters'
import { PrintView } from '@/components/print/PrintView'
import { SiteHeader } from '@/components/SiteHeader'
import { readSelection } from '@/exports/selection'
import { isLocale } from '@/translations/locales'
import { t } from '@/translations/t'
import type { QueryPageProps } from '../queryPage'

// The same selection as the exports, read per request.
export const dynamic = 'force-dynamic'

type Props = QueryPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // A view of the tool's answer, not a page of its own for search engines.
  return { title: `${t(locale, 'exportTitle')} · ${t(locale, 'siteName')}`, robots: { index: false } }
}

/** `/{locale}/print?…`: the tool's answer with requirements and evidence, the filters and the date, for printing. */
export default async function PrintPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const selection = await readSelection(locale, await searchParams)
  if (!selection) notFound()
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <PrintView selection={selection} backHref={`/${locale}?${filtersToQuery(selection.filters)}`} />
      </main>
    </>
  )
}
