import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PracticesByPhase } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import type { Media } from '@/payload-types'
import { getGuidelineDetail } from '@/queries/detail'
import { fieldOrEnglish } from '@/queries/preferLocale'
import { documentMetadata } from '@/seo/documentMetadata'
import { formatDate } from '@/translations/format'
import { isLocale, LOCALE_NAMES, type Locale } from '@/translations/locales'
import { t } from '@/translations/t'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const detail = await getGuidelineDetail(locale, slug)
  return detail ? documentMetadata(locale, `/guidelines/${slug}`, detail.edition.doc) : {}
}

export default async function GuidelinePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const detail = await getGuidelineDetail(locale, slug)
  if (!detail) notFound()
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
            {t(locale, 'sourceLink')}
          </a>
        </p>
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
