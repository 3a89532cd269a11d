import { PracticesByPhase } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { NewerEditionNotice } from '@/components/edition/EditionNotice'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import type { Media } from '@/payload-types'
import { getGuidelineDetail } from '@/queries/detail'
import { fieldOrEnglish } from '@/queries/preferLocale'
import { formatDate, yearOf } from '@/translations/format'
import { LOCALE_NAMES, type Locale } from '@/translations/locales'
import { t } from '@/translations/t'
import { detailMetadata, loadDetail, type DetailProps } from '../../detailPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = detailMetadata('guidelines', getGuidelineDetail, (detail) => detail.edition.doc)

export default async function GuidelinePage({ params }: DetailProps) {
  const { locale, slug, detail } = await loadDetail(params, getGuidelineDetail)
  const { edition, catalog, documents } = detail
  const { doc, textLocale } = edition
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}?edition=${slug}`}>{t(locale, 'breadcrumbHome')}</a>
        </p>
        <h1 lang={textLocale}>{doc.title}</h1>
        <TextNotices locale={locale} textLocale={textLocale} machine={catalog.machine.has(doc.id)} />
        <p className="eyebrow">
          {t(locale, 'publishedOn', { date: formatDate(locale, doc.publicationDate), publisher: doc.publisher })} ·{' '}
          <a href={doc.sourceUrl} rel="noopener external">
            {t(locale, 'sourceLink', { publisher: doc.publisher, year: yearOf(doc.publicationDate) })}
          </a>
        </p>
        <NewerEditionNotice locale={locale} edition={edition} editions={catalog.editions} />
        {doc.completeness === 'partial' ? <p className="notice">{t(locale, 'editionPartial')}</p> : null}
        <p className="lead" lang={textLocale}>
          {doc.summary}
        </p>
        <DescriptionBlock locale={locale} textLocale={textLocale} field={fieldOrEnglish(edition, 'introduction')} />
        {documents.length > 0 ? (
          <>
            <h2>{t(locale, 'documentsHeading')}</h2>
            <ul className="link-list">
              {documents.map((d) => {
                const file = d.file as Media | string
                if (typeof file !== 'object' || !file.url) return null
                return (
                  <li key={d.id ?? file.id}>
                    <a href={file.url} hrefLang={d.language} type="application/pdf">
                      {t(locale, 'documentLink', { language: LOCALE_NAMES[d.language as Locale] })}
                    </a>
                  </li>
                )
              })}
            </ul>
          </>
        ) : null}
        <h2>{t(locale, 'editionPractices')}</h2>
        <PracticesByPhase locale={locale} practices={catalog.items} />
      </main>
    </>
  )
}
