import type { ShownEdition } from '@/queries/catalog'
import { formatMonth, formatParts, yearOf } from '@/translations/format'
import type { Locale } from '@/translations/locales'
import { messagesFor, t } from '@/translations/t'

/**
 * Which edition of the guidelines the tool shows, with a link to its page and to the original publication; when a
 * newer edition is published, says so and offers it; and that the practice texts are paraphrases.
 */
export function EditionNotice({
  locale,
  edition,
  editions,
}: {
  locale: Locale
  edition: ShownEdition | null
  editions: ShownEdition[]
}) {
  if (!edition) return null
  const { doc, textLocale } = edition
  const year = yearOf(doc.publicationDate)
  return (
    <div className="edition-notice">
      <p>
        <a href={`/${locale}/guidelines/${doc.slug}`}>
          {formatParts(messagesFor(locale).editionShown, {
            title: (
              <span key="title" lang={textLocale}>
                {doc.title}
              </span>
            ),
            year,
          })}
        </a>{' '}
        <a href={doc.sourceUrl} rel="noopener external">
          {t(locale, 'sourceLink', { publisher: doc.publisher, year })}
        </a>
      </p>
      <NewerEditionNotice locale={locale} edition={edition} editions={editions} />
      <p className="hint">{t(locale, 'paraphraseNotice')}</p>
    </div>
  )
}

/** Says that the edition shown was replaced, when and by whom, with a link to the newer edition here or at its source. */
export function NewerEditionNotice({
  locale,
  edition,
  editions,
}: {
  locale: Locale
  edition: ShownEdition
  editions: ShownEdition[]
}) {
  const newer = newerEdition(edition, editions)
  if (!newer) return null
  return (
    <p className="notice">
      {t(locale, 'newerEdition', { date: formatMonth(locale, newer.publicationDate), publisher: newer.publisher })}{' '}
      {newer.slug ? (
        <>
          <a href={`/${locale}?edition=${newer.slug}`}>
            {t(locale, 'newerEditionLink', { year: yearOf(newer.publicationDate) })}
          </a>{' '}
        </>
      ) : null}
      {newer.sourceUrl ? (
        <a href={newer.sourceUrl} rel="noopener external">
          {t(locale, 'sourceLink', { publisher: newer.publisher, year: yearOf(newer.publicationDate) })}
        </a>
      ) : null}
    </p>
  )
}

type Newer = { publicationDate: string; publisher: string; sourceUrl?: string | null; slug?: string }

/**
 * The edition that replaced the one shown: the newest edition published here, or else the successor recorded on the
 * shown edition (the publisher's new publication, whose content may not be entered or reviewed here yet).
 */
function newerEdition({ doc }: ShownEdition, editions: ShownEdition[]): Newer | null {
  const inTool = editions.find((e) => (e.doc.publicationDate ?? '') > (doc.publicationDate ?? ''))
  if (inTool)
    return {
      publicationDate: inTool.doc.publicationDate,
      publisher: inTool.doc.publisher,
      sourceUrl: inTool.doc.sourceUrl,
      slug: inTool.doc.slug,
    }
  const recorded = doc.successor
  return recorded?.publicationDate
    ? { publicationDate: recorded.publicationDate, publisher: doc.publisher, sourceUrl: recorded.sourceUrl }
    : null
}
