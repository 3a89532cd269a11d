import { LinkList } from '@/components/LinkList'
import { PracticeLinks } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getPackDetail } from '@/queries/detail'
import { fieldOrEnglish } from '@/queries/preferLocale'
import { t } from '@/translations/t'
import { detailMetadata, loadDetail, type DetailProps } from '../../detailPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = detailMetadata('packs', getPackDetail, (detail) => detail.pack.doc)

/** A procurement pack: what the purchase involves, what it covers, the practices it recommends, and a start button. */
export default async function PackPage({ params }: DetailProps) {
  const { locale, slug, detail } = await loadDetail(params, getPackDetail)
  const { pack, practices, assets, threats, catalog } = detail
  const { doc, textLocale } = pack
  const links = (list: typeof assets | typeof threats) =>
    list.map((x) => ({ slug: x.doc.slug, title: x.doc.title, textLocale: x.textLocale }))
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}/packs`}>{t(locale, 'packsAll')}</a>
        </p>
        <p className="eyebrow">{t(locale, 'packLabel')}</p>
        <h1 lang={textLocale}>{doc.title}</h1>
        <TextNotices locale={locale} textLocale={textLocale} machine={catalog.machine.has(doc.id)} />
        <p className="lead" lang={textLocale}>
          {doc.summary}
        </p>
        <p>
          <a className="apply" href={`/${locale}?pack=${slug}`}>
            {t(locale, 'packStart')}
          </a>
        </p>
        <DescriptionBlock locale={locale} textLocale={textLocale} field={fieldOrEnglish(pack, 'introduction')} />
        <h2>{t(locale, 'packPractices')}</h2>
        <PracticeLinks locale={locale} practices={practices} />
        <h2>{t(locale, 'packAbout')}</h2>
        <h3>{t(locale, 'assetsHeading')}</h3>
        <LinkList locale={locale} kind="assets" items={links(assets)} />
        <h3>{t(locale, 'threatsHeading')}</h3>
        <LinkList locale={locale} kind="threats" items={links(threats)} />
      </main>
    </>
  )
}
