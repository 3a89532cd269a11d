import type { CatalogPractice } from '../catalog/match'
import { byPhase } from '../catalog/related'
import { phaseLabels } from '../translations/labels'
import type { Locale } from '../translations/locales'

/** Links to practices, grouped under a heading per phase. */
export function PracticesByPhase({ locale, practices, level = 3 }: { locale: Locale; practices: CatalogPractice[]; level?: 2 | 3 }) {
  const labels = phaseLabels(locale)
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <>
      {byPhase(practices).map(({ phase, practices: group }) => (
        <section key={phase} className="phase-group">
          <Heading>{labels[phase]}</Heading>
          <ul className="link-list">
            {group.map((p) => (
              <li key={p.slug} lang={p.textLocale}>
                <a href={`/${locale}/good-practices/${p.slug}`}>
                  <span className="code">{p.code}</span> {p.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
