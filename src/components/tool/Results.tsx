'use client'
import type { MatchResult } from '@/catalog/match'
import { format } from '@/translations/format'
import type { ToolProps } from './types'
import type { TickList, useTicks } from './useTicks'

type Props = Pick<ToolProps, 'messages' | 'phaseLabels' | 'locale' | 'localeName'> & {
  results: MatchResult[]
  titles: Map<string, string>
  ticks: Record<TickList, ReturnType<typeof useTicks>>
}

/**
 * The matching practices as cards: code, title, phase, summary, why it matches (the chosen asset types and threats it
 * is key for, and those it is related to), and its two ticks: "include in my export" and "addressed in our tender".
 */
export function Results({ results, messages, phaseLabels, locale, localeName, titles, ticks }: Props) {
  const label: Record<TickList, string> = { picked: messages.includeInExport, addressed: messages.addressed }
  return (
    <ol className="results">
      {results.map(({ practice: p, keyFor, relatedTo }) => {
        const named = (links: { assets: string[]; threats: string[] }) =>
          [...links.assets, ...links.threats].map((slug) => titles.get(slug) ?? slug).join(' · ')
        const key = named(keyFor)
        const related = named(relatedTo)
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
            <ul className="ticks">
              {(['picked', 'addressed'] as const).map((list) => {
                const { checked, toggle, ready } = ticks[list]
                return (
                  <li key={list} className="tick">
                    <input
                      type="checkbox"
                      id={`${list}-${p.slug}`}
                      disabled={!ready}
                      checked={ready && checked.has(p.slug)}
                      onChange={(e) => toggle(p.slug, e.target.checked)}
                    />
                    <label htmlFor={`${list}-${p.slug}`}>{label[list]}</label>
                  </li>
                )
              })}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
