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
  const newer = editions.find((e) => (e.doc.publicationDate ?? '') > (doc.publicationDate ?? ''))
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
      {newer ? (
        <p className="notice">
          {t(locale, 'newerEdition', {
            date: formatMonth(locale, newer.doc.publicationDate),
            publisher: newer.doc.publisher,
          })}{' '}
          <a href={`/${locale}?edition=${newer.doc.slug}`}>
            {t(locale, 'newerEditionLink', { year: yearOf(newer.doc.publicationDate) })}
          </a>{' '}
          <a href={newer.doc.sourceUrl} rel="noopener external">
            {t(locale, 'sourceLink', { publisher: newer.doc.publisher, year: yearOf(newer.doc.publicationDate) })}
          </a>
        </p>
      ) : null}
      <p className="hint">{t(locale, 'paraphraseNotice')}</p>
    </div>
  )
}
