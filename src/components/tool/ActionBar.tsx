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
  /** practices ticked "addressed in our tender" */
  addressed: Set<string>
  /** practices ticked "include in my export", whatever the filters now show */
  picked: Set<string>
  onClearPicked: () => void
}

const FORMATS = ['docx', 'csv', 'json'] as const

/** Progress of the checklist, the exports of what is on screen, and the export of the practices picked by hand. */
export function ActionBar({ locale, messages, filters, results, addressed, picked, onClearPicked }: Props) {
  const shown = results.map((r) => r.practice.slug)
  const done = shown.filter((slug) => addressed.has(slug))
  const marks = (slugs: string[]): Record<string, string> => (slugs.length > 0 ? { addressed: slugs.join(',') } : {})
  const exportHref = (query: string) => `/${locale}/export?${query}`
  const formatLabel = { docx: messages.exportDocx, csv: messages.exportCsv, json: messages.exportJson }
  const pickedSlugs = [...picked]
  const pickedQuery = (fileFormat: string) =>
    filtersToQuery(
      { ids: pickedSlugs, edition: filters.edition },
      { format: fileFormat, ...marks(pickedSlugs.filter((slug) => addressed.has(slug))) },
    )
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
        {FORMATS.map((fileFormat) => (
          <li key={fileFormat}>
            <a href={exportHref(filtersToQuery(filters, { format: fileFormat, ...marks(done) }))} download>
              {formatLabel[fileFormat]}
            </a>
          </li>
        ))}
        <li>
          {/* A printable page with requirements, evidence, filters and date, not this screen. */}
          <a href={`/${locale}/print?${filtersToQuery(filters, marks(done))}`}>{messages.print}</a>
        </li>
      </ul>
      {pickedSlugs.length > 0 ? (
        <div className="picked">
          <p>{format(messages.pickedCount, { count: pickedSlugs.length.toLocaleString(locale) })}</p>
          <ul className="exports">
            {FORMATS.map((fileFormat) => (
              <li key={fileFormat}>
                <a href={exportHref(pickedQuery(fileFormat))} download>
                  {messages.exportPickedOnly} ({formatLabel[fileFormat]})
                </a>
              </li>
            ))}
            <li>
              <button type="button" className="link-button" onClick={onClearPicked}>
                {messages.clearPicked}
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  )
}
