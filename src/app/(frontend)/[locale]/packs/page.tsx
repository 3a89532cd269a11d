import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getCatalog } from '@/queries/catalog'
import { pageMetadata } from '@/seo/pageMetadata'
import { isLocale } from '@/translations/locales'
import { t } from '@/translations/t'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/packs',
    title: t(locale, 'packsHeading'),
    description: t(locale, 'packsIntro'),
  })
}

/** All procurement packs of the newest edition: a ready-made start for the purchases hospitals make most often. */
export default async function PacksPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const catalog = await getCatalog(locale)
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}`}>{t(locale, 'breadcrumbHome')}</a>
        </p>
        <h1>{t(locale, 'packsHeading')}</h1>
        <p className="lead">{t(locale, 'packsIntro')}</p>
        <ul className="pack-list">
          {catalog.packs.map((pack) => (
            <li key={pack.doc.id}>
              <h2 lang={pack.textLocale}>
                <a href={`/${locale}/packs/${pack.doc.slug}`}>{pack.doc.title}</a>
              </h2>
              <TextNotices locale={locale} textLocale={pack.textLocale} machine={catalog.machine.has(pack.doc.id)} />
              <p lang={pack.textLocale}>{pack.doc.summary}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
