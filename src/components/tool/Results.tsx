'use client'
import type { MatchResult } from '@/catalog/match'
import { format } from '@/translations/format'
import type { ToolProps } from './types'

type Props = Pick<ToolProps, 'messages' | 'phaseLabels' | 'locale' | 'localeName'> & {
  results: MatchResult[]
  titles: Map<string, string>
  checked: Set<string>
  checklistReady: boolean
  onCheck: (slug: string, on: boolean) => void
}

/**
 * The matching practices as cards: code, title, phase, summary, why it matches (the chosen asset types and threats it
 * is key for, and those it is related to), and the "addressed" tick.
 */
export function Results({
  results,
  messages,
  phaseLabels,
  locale,
  localeName,
  titles,
  checked,
  checklistReady,
  onCheck,
}: Props) {
  return (
    <ol className="results">
      {results.map(({ practice: p, keyFor, relatedTo }) => {
        const named = (links: { assets: string[]; threats: string[] }) =>
          [...links.assets, ...links.threats].map((slug) => titles.get(slug) ?? slug).join(' · ')
        const key = named(keyFor)
        const related = named(relatedTo)
        const tickId = `addressed-${p.slug}`
        return (
          <li key={p.slug} className="card" data-slug={p.slug}>
            <h3 lang={p.textLocale}>
              <a href={`/${locale}/good-practices/${p.slug}`}>
                <span className="code">{p.code}</span> {p.title}
              </a>
            </h3>
            <p className={`phase-badge phase-${p.phase}`}>{phaseLabels[p.phase]}</p>
            <p className="summary" lang={p.textLocale}>
              {p.summary}
            </p>
            {p.textLocale !== locale ? (
              <p className="notice">{format(messages.shownInEnglish, { language: localeName })}</p>
            ) : null}
            {p.machine ? <p className="marker">{messages.machineTranslationMarker}</p> : null}
            {key ? (
              <p className="matches">
                <strong>{messages.keyFor}</strong> {key}
              </p>
            ) : null}
            {related ? (
              <p className="matches">
                {messages.relatedTo} {related}
              </p>
            ) : null}
            {/* Drawn from the start (disabled until the ticks are read from this browser), so nothing moves on load. */}
            <p className="tick">
              <input
                type="checkbox"
                id={tickId}
                disabled={!checklistReady}
                checked={checklistReady && checked.has(p.slug)}
                onChange={(e) => onCheck(p.slug, e.target.checked)}
              />
              <label htmlFor={tickId}>{messages.addressed}</label>
            </p>
          </li>
        )
      })}
    </ol>
  )
}
