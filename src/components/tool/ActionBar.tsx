'use client'
import { filtersToQuery, type Filters } from '@/catalog/filters'
import type { MatchResult } from '@/catalog/match'
import { format } from '@/translations/format'
import type { UiDictionary } from '@/translations/ui/en'

type Props = {
  locale: string
  messages: UiDictionary
  filters: Filters
  results: MatchResult[]
  checked: Set<string>
}

/** Progress of the checklist and the exports of what is on screen (ticks included). */
export function ActionBar({ locale, messages, filters, results, checked }: Props) {
  const shown = results.map((r) => r.practice.slug)
  const done = shown.filter((slug) => checked.has(slug))
  const addressed: Record<string, string> = done.length > 0 ? { addressed: done.join(',') } : {}
  const exportHref = (fileFormat: string, only?: string[]) =>
    `/${locale}/export?${filtersToQuery(only ? { ids: only, edition: filters.edition } : filters, { format: fileFormat, ...addressed })}`
  return (
    <div className="action-bar">
      {/* Drawn from the start (ticks count once read from this browser), so nothing moves on load. */}
      <p className="progress">
        <progress max={Math.max(shown.length, 1)} value={done.length} aria-hidden="true" />{' '}
        {format(messages.progress, { done: done.length, total: shown.length })}
      </p>
      <p className="hint">{messages.ticksKeptHere}</p>
      <h3 className="visually-hidden">{messages.exportHeading}</h3>
      <ul className="exports">
        <li>
          <a href={exportHref('docx')} download>
            {messages.exportDocx}
          </a>
        </li>
        <li>
          <a href={exportHref('csv')} download>
            {messages.exportCsv}
          </a>
        </li>
        <li>
          <a href={exportHref('json')} download>
            {messages.exportJson}
          </a>
        </li>
        {done.length > 0 ? (
          <li>
            <a href={exportHref('docx', done)} download>
              {messages.exportTicked} ({messages.exportDocx})
            </a>
          </li>
        ) : null}
        <li>
          {/* A printable page with requirements, evidence, filters and date, not this screen. */}
          <a href={`/${locale}/print?${filtersToQuery(filters, addressed)}`}>{messages.print}</a>
        </li>
      </ul>
    </div>
  )
}
