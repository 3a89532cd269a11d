import { ExampleList } from '@/components/ExampleList'
import { LinkList } from '@/components/LinkList'
import { PracticeLinks, PracticesByPhase } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getAssetDetail } from '@/queries/detail'
import { examplesOf, fieldOrEnglish } from '@/queries/preferLocale'
import { t } from '@/translations/t'
import { detailMetadata, loadDetail, type DetailProps } from '../../detailPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = detailMetadata('assets', getAssetDetail, (detail) => detail.asset.doc)

export default async function AssetPage({ params }: DetailProps) {
  const { locale, slug, detail } = await loadDetail(params, getAssetDetail)
  const { asset, practices, related, threats, catalog } = detail
  const { doc, textLocale } = asset
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}?asset=${slug}`}>{t(locale, 'breadcrumbHome')}</a>
        </p>
        <p className="eyebrow">{t(locale, 'assetsHeading')}</p>
        <h1 lang={textLocale}>{doc.title}</h1>
        <TextNotices locale={locale} textLocale={textLocale} machine={catalog.machine.has(doc.id)} />
        <p className="lead" lang={textLocale}>
          {doc.summary}
        </p>
        <DescriptionBlock locale={locale} textLocale={textLocale} field={fieldOrEnglish(asset, 'description')} />
        <ExampleList locale={locale} examples={examplesOf(asset)} />
        <h2>{t(locale, 'practicesForAsset')}</h2>
        <PracticesByPhase locale={locale} practices={practices} />
        {related.length > 0 ? (
          <>
            <h2>{t(locale, 'relatedPracticesHeading')}</h2>
            <PracticeLinks locale={locale} practices={related} />
          </>
        ) : null}
        <h2>{t(locale, 'threatsForAsset')}</h2>
        <LinkList
          locale={locale}
          kind="threats"
          items={threats.map((x) => ({ slug: x.doc.slug, title: x.doc.title, textLocale: x.textLocale }))}
        />
      </main>
    </>
  )
}
