import type { GoodPractice } from '../payload-types'
import type { Shown } from '../queries/published'
import { LOCALE_NAMES, type Locale } from '../translations/locales'
import { t } from '../translations/t'

/** The practices as a list; a text shown in English on another language's page says so and carries lang="en". */
export function PracticeList({ locale, practices }: { locale: Locale; practices: Shown<GoodPractice>[] }) {
  return (
    <>
      <p role="status">{t(locale, 'practiceCount', { count: practices.length })}</p>
      <ol className="practice-list">
        {practices.map(({ doc, textLocale }) => (
          <li key={doc.id} className="practice">
            <h2 lang={textLocale}>
              <span className="code">{doc.code}</span> {doc.title}
            </h2>
            <p className="phase">{t(locale, `phase_${doc.phase}`)}</p>
            <p lang={textLocale}>{doc.summary}</p>
            {textLocale !== locale ? (
              <p className="notice">{t(locale, 'shownInEnglish', { language: LOCALE_NAMES[locale] })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  )
}
