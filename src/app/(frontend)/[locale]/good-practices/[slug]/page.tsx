import { relatedPractices } from '@/catalog/related'
import { LinkList } from '@/components/LinkList'
import { PracticeLinks } from '@/components/PracticesByPhase'
import { DescriptionBlock } from '@/components/RichTextBlock'
import { RequirementsTable } from '@/components/RequirementsTable'
import { SiteHeader } from '@/components/SiteHeader'
import { TextNotices } from '@/components/TextNotices'
import { getPracticeDetail } from '@/queries/detail'
import { fieldOrEnglish } from '@/queries/preferLocale'
import { yearOf } from '@/translations/format'
import { phaseLabels } from '@/translations/labels'
import { t } from '@/translations/t'
import { detailMetadata, loadDetail, type DetailProps } from '../../detailPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = detailMetadata('good-practices', getPracticeDetail, (detail) => detail.practice.doc)

export default async function PracticePage({ params }: DetailProps) {
  const { locale, detail } = await loadDetail(params, getPracticeDetail)
  const { catalog, practice, item, references } = detail
  const { doc, textLocale } = practice
  const edition = catalog.edition!
  const assets = catalog.assets.filter((a) => item.assets.includes(a.doc.slug))
  const threats = catalog.threats.filter((th) => item.threats.includes(th.doc.slug))
  const related = relatedPractices(item, catalog.items)
  const note = fieldOrEnglish({ ...practice, doc: doc.provenance, english: practice.english.provenance }, 'note')
  const shown = (list: typeof assets | typeof threats) =>
    list.map((x) => ({ slug: x.doc.slug, title: x.doc.title, textLocale: x.textLocale }))
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="detail">
        <p className="breadcrumb">
          <a href={`/${locale}?edition=${edition.doc.slug}`}>{t(locale, 'breadcrumbHome')}</a>
        </p>
        <p className="eyebrow">
          <span className={`phase-badge phase-${doc.phase}`}>
            {t(locale, 'phaseLabel')}: {phaseLabels(locale)[item.phase]}
          </span>{' '}
          · {t(locale, 'editionOf')}:{' '}
          <a href={`/${locale}/guidelines/${edition.doc.slug}`} lang={edition.textLocale}>
            {edition.doc.title}
          </a>
        </p>
        <h1 lang={textLocale}>
          <span className="code">{doc.code}</span> {doc.title}
        </h1>
        <TextNotices locale={locale} textLocale={textLocale} machine={item.machine} />
        <p className="lead" lang={textLocale}>
          {doc.summary}
        </p>
        <DescriptionBlock locale={locale} textLocale={textLocale} field={fieldOrEnglish(practice, 'description')} />

        <h2>{t(locale, 'requirementsHeading')}</h2>
        <RequirementsTable
          locale={locale}
          textLocale={textLocale}
          rows={doc.requirements ?? []}
          labels={{ requirement: t(locale, 'requirementColumn'), evidence: t(locale, 'evidenceColumn') }}
        />

        <h2>{t(locale, 'assetsHeading')}</h2>
        <LinkList locale={locale} kind="assets" items={shown(assets)} />
        <h2>{t(locale, 'threatsHeading')}</h2>
        <LinkList locale={locale} kind="threats" items={shown(threats)} />

        {references.length > 0 ? (
          <>
            <h2>{t(locale, 'referencesHeading')}</h2>
            <ul className="link-list">
              {references.map((ref) => (
                <li key={ref.doc.id} lang={ref.textLocale}>
                  <a href={ref.doc.url} rel="noopener external">
                    {ref.doc.label}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {related.length > 0 ? (
          <>
            <h2>{t(locale, 'relatedHeading')}</h2>
            <PracticeLinks locale={locale} practices={related} />
          </>
        ) : null}

        <aside className="provenance" aria-labelledby="source-heading">
          <h2 id="source-heading">{t(locale, 'sourceHeading')}</h2>
          <p>{t(locale, `provenance_${doc.provenance.status}`)}</p>
          {note.value ? <p lang={note.lang}>{note.value}</p> : null}
          <p>
            <a href={edition.doc.sourceUrl} rel="noopener external">
              {t(locale, 'sourceLink', {
                publisher: edition.doc.publisher,
                year: yearOf(edition.doc.publicationDate),
              })}
            </a>
          </p>
        </aside>
      </main>
    </>
  )
}
