import type { ThreatGroup } from '@/catalog/taxonomy'
import { ExampleList } from '@/components/ExampleList'
import { LinkList } from '@/components/LinkList'
import { PracticeLinks, PracticesByPhase } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getThreatDetail } from '@/queries/detail'
import { examplesOf, fieldOrEnglish } from '@/queries/preferLocale'
import { groupLabels } from '@/translations/labels'
import { t } from '@/translations/t'
import { detailMetadata, loadDetail, type DetailProps } from '../../detailPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = detailMetadata('threats', getThreatDetail, (detail) => detail.threat.doc)

export default async function ThreatPage({ params }: DetailProps) {
  const { locale, slug, detail } = await loadDetail(params, getThreatDetail)
  const { threat, practices, related, assets, catalog } = detail
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
        <ExampleList locale={locale} examples={examplesOf(threat)} />
        <h2>{t(locale, 'practicesForThreat')}</h2>
        <PracticesByPhase locale={locale} practices={practices} />
        {related.length > 0 ? (
          <>
            <h2>{t(locale, 'relatedPracticesHeading')}</h2>
            <PracticeLinks locale={locale} practices={related} />
          </>
        ) : null}
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
