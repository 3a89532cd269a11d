'use client'
// The interactive tool. Rendered on the server from the URL (works without JavaScript as a plain GET form); in the
// browser it filters instantly, keeps the URL in step and restores the state on Back/Forward.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { filtersToQuery, hasActiveFilters, parseFilters, type Filters } from '@/catalog/filters'
import { buildSearchIndex, facetCounts, matchPractices } from '@/catalog/match'
import { format } from '@/translations/format'
import { ActionBar } from './ActionBar'
import { Chips } from './Chips'
import { Facets } from './Facets'
import { Results } from './Results'
import { TenderPanel } from './TenderPanel'
import type { ToolProps } from './types'
import { useTicks } from './useTicks'

type FacetName = 'asset' | 'threat' | 'phase'
/** A phone-sized screen, where the filter panel folds away (the same width as the stylesheet's one-column layout). */
const isNarrow = () => window.matchMedia('(max-width: 48rem)').matches
const FIELD: Record<FacetName, 'assets' | 'threats' | 'phases'> = {
  asset: 'assets',
  threat: 'threats',
  phase: 'phases',
}

export function Tool(props: ToolProps) {
  const { locale, messages, practices, assets, threats, packs, editions, edition } = props
  const [filters, setFilters] = useState<Filters>(props.initialFilters)
  const known = useMemo(
    () => ({
      assets: new Set(assets.map((a) => a.slug)),
      threats: new Set(threats.map((t) => t.slug)),
      editions: new Set(editions.map((e) => e.slug)),
      packs: new Set(packs.map((p) => p.slug)),
    }),
    [assets, threats, editions, packs],
  )
  const threatGroups = useMemo(() => threats.map(({ slug, group }) => ({ slug, group })), [threats])
  const index = useMemo(() => buildSearchIndex(practices), [practices])
  const results = useMemo(
    () => matchPractices(practices, filters, threatGroups, index),
    [practices, filters, threatGroups, index],
  )
  const counts = useMemo(
    () => facetCounts(practices, filters, threatGroups, index),
    [practices, filters, threatGroups, index],
  )
  const titles = useMemo(
    () => new Map([...assets, ...threats, ...packs].map((x) => [x.slug, x.title])),
    [assets, threats, packs],
  )
  const ticks = {
    picked: useTicks('picked', edition?.slug ?? 'none'),
    addressed: useTicks('addressed', edition?.slug ?? 'none'),
  }

  const navigate = useCallback(
    (next: Filters, mode: 'push' | 'replace' = 'push') => {
      setFilters(next)
      const query = filtersToQuery(next)
      const url = `/${locale}${query ? `?${query}` : ''}`
      if (mode === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    },
    [locale],
  )

  // On a phone the facets start folded ("Filters (3)") above the results; on wider screens they stay open.
  const panel = useRef<HTMLDetailsElement>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!panel.current) return
    if (isNarrow()) panel.current.open = false
    // Releases the stylesheet's hold on the panel's content (no shift: it is folded now). Not React's attribute.
    panel.current.dataset.ready = ''
  }, [])
  const showResults = () => {
    resultsHeading.current?.focus()
    resultsHeading.current?.scrollIntoView({ block: 'start' })
  }

  useEffect(() => {
    const onPop = () => setFilters(parseFilters(new URLSearchParams(window.location.search), known).filters)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [known])

  const onToggle = (name: FacetName, value: string, on: boolean) => {
    const field = FIELD[name]
    const current = filters[field] as string[]
    const values = on ? [...current, value] : current.filter((v) => v !== value)
    navigate({ ...filters, [field]: values })
  }

  const facetsChosen = filters.assets.length + filters.threats.length + filters.phases.length
  const resultLine =
    results.length === 0
      ? facetsChosen + filters.packs.length === 0
        ? messages.resultCountNoneSearch
        : messages.resultCountNone
      : results.length === 1
        ? messages.resultCountOne
        : format(messages.resultCount, { count: results.length.toLocaleString(locale) })

  const active = hasActiveFilters(filters)
  return (
    <div className="tool">
      <a className="skip-link" href="#results-heading">
        {messages.skipToResults}
      </a>
      <form
        method="get"
        action={`/${locale}`}
        className="filters"
        role="search"
        aria-label={messages.filtersHeading}
        onSubmit={(event) => {
          event.preventDefault()
          navigate(filters)
          // The filters already apply as they change; the button takes a phone user to the results.
          if (panel.current && isNarrow()) panel.current.open = false
          showResults()
        }}
      >
        <p className="search">
          <label htmlFor="q">{messages.searchLabel}</label>
          <input
            id="q"
            name="q"
            type="search"
            value={filters.q}
            placeholder={messages.searchPlaceholder}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => navigate({ ...filters, q: event.target.value }, 'replace')}
          />
        </p>
        {/* The pack chosen (a chip above the results) stays chosen when the form is sent without JavaScript. */}
        {filters.packs.map((pack) => (
          <input key={pack} type="hidden" name="pack" value={pack} />
        ))}
        {editions.length > 1 ? (
          <p className="edition">
            <label htmlFor="edition">{messages.editionLabel}</label>
            <select
              id="edition"
              name="edition"
              value={edition?.slug}
              onChange={(event) => {
                // Another edition is other data: load the page for it.
                window.location.assign(`/${locale}?${filtersToQuery({ ...filters, edition: event.target.value })}`)
              }}
            >
              {editions.map((e) => (
                <option key={e.slug} value={e.slug}>
                  {e.title}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        <details className="filters-panel" open ref={panel}>
          <summary>
            {messages.filtersHeading}
            {active ? ` (${facetsChosen})` : ''}
          </summary>
          <p className="include-related">
            <input
              type="checkbox"
              id="related"
              name="related"
              value="1"
              checked={filters.related}
              aria-describedby="related-hint"
              onChange={(event) => navigate({ ...filters, related: event.target.checked })}
            />
            <label htmlFor="related">{messages.includeRelated}</label>
            <span id="related-hint" className="hint">
              {messages.includeRelatedHint}
            </span>
          </p>
          <Facets {...props} filters={filters} counts={counts} onToggle={onToggle} />
        </details>
        <p>
          <button type="submit" className="apply">
            {messages.applyFilters}
          </button>
        </p>
      </form>

      <section className="results-area" aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden" tabIndex={-1} ref={resultsHeading}>
          {messages.practicesHeading}
        </h2>
        {props.unknown.length > 0 ? (
          <p className="notice">
            {format(messages.ignoredValues, { values: props.unknown.map((u) => `${u.param}=${u.value}`).join(', ') })}
          </p>
        ) : null}
        <Chips
          locale={locale}
          messages={messages}
          filters={filters}
          labels={titles}
          phaseLabels={props.phaseLabels}
          groupLabels={props.groupLabels}
          onChange={navigate}
        />
        <p className="result-count" role="status" aria-live="polite">
          {resultLine}
        </p>
        {results.some((r) => r.practice.machine) ? (
          <p className="notice">
            {format(messages.machineTranslationPage, { marker: messages.machineTranslationMarker })}
          </p>
        ) : null}
        <ActionBar
          locale={locale}
          messages={messages}
          filters={filters}
          results={results}
          addressed={ticks.addressed.checked}
          picked={ticks.picked.checked}
          onClearPicked={() => {
            ticks.picked.clear()
            // The button goes with the last pick: focus goes to the results rather than to the page's top.
            resultsHeading.current?.focus()
          }}
        />
        <TenderPanel
          locale={locale}
          messages={messages}
          filters={filters}
          practices={results.map((r) => r.practice)}
          addressed={results.map((r) => r.practice.slug).filter((slug) => ticks.addressed.checked.has(slug))}
        />
        <Results {...props} results={results} titles={titles} ticks={ticks} />
      </section>
    </div>
  )
}
