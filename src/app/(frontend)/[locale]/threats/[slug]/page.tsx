import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { ThreatGroup } from '@/catalog/taxonomy'
import { LinkList } from '@/components/LinkList'
import { PracticesByPhase } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getThreatDetail } from '@/queries/detail'
import { fieldOrEnglish } from '@/queries/preferLocale'
import { documentMetadata } from '@/seo/documentMetadata'
import { groupLabels } from '@/translations/labels'
import { isLocale } from '@/translations/locales'
import { t } from '@/translations/t'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const detail = await getThreatDetail(locale, slug)
  return detail ? documentMetadata(locale, `/threats/${slug}`, detail.threat.doc) : {}
}

export default async function ThreatPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const detail = await getThreatDetail(locale, slug)
  if (!detail) notFound()
  const { threat, practices, assets, catalog } = detail
  const { doc, textLocale } = threat
  const group = doc.group as ThreatGroup
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}?threat=${slug}`}>{t(locale, 'breadcrumbHome')}</a>
        </p>
        <p className="eyebrow">
          {t(locale, 'group_label')}: <a href={`/${locale}?threat=${group}`}>{groupLabels(locale)[group]}</a>
        </p>
        <h1 lang={textLocale}>{doc.title}</h1>
        <TextNotices locale={locale} textLocale={textLocale} machine={catalog.machine.has(doc.id)} />
        <p className="lead" lang={textLocale}>
          {doc.summary}
        </p>
        <DescriptionBlock locale={locale} textLocale={textLocale} field={fieldOrEnglish(threat, 'description')} />
        <h2>{t(locale, 'practicesForThreat')}</h2>
        <PracticesByPhase locale={locale} practices={practices} />
        <h2>{t(locale, 'assetsForThreat')}</h2>
        <LinkList
          locale={locale}
          kind="assets"
          items={assets.map((x) => ({ slug: x.doc.slug, title: x.doc.title, textLocale: x.textLocale }))}
        />
      </main>
    </>
  )
}
