import type { CatalogPractice } from '@/catalog/match'
import { byPhase } from '@/catalog/related'
import { phaseLabels } from '@/translations/labels'
import type { Locale } from '@/translations/locales'

/** Links to practices, grouped under a heading per phase. */
export function PracticesByPhase({
  locale,
  practices,
  level = 3,
}: {
  locale: Locale
  practices: CatalogPractice[]
  level?: 2 | 3
}) {
  const labels = phaseLabels(locale)
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <>
      {byPhase(practices).map(({ phase, practices: group }) => (
        <section key={phase} className="phase-group">
          <Heading>{labels[phase]}</Heading>
          <PracticeLinks locale={locale} practices={group} />
        </section>
      ))}
    </>
  )
}

/** Links to practices, in the order given. */
export function PracticeLinks({ locale, practices }: { locale: Locale; practices: CatalogPractice[] }) {
  return (
    <ul className="link-list">
      {practices.map((p) => (
        <PracticeLink key={p.slug} locale={locale} practice={p} />
      ))}
    </ul>
  )
}

/** A list item linking to a practice: its code and title, in the language the title is in. */
function PracticeLink({ locale, practice }: { locale: Locale; practice: CatalogPractice }) {
  return (
    <li lang={practice.textLocale}>
      <a href={`/${locale}/good-practices/${practice.slug}`}>
        <span className="code">{practice.code}</span> {practice.title}
      </a>
    </li>
  )
}
