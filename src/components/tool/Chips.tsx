'use client'
import { useEffect, useRef } from 'react'

import { EMPTY_FILTERS, filtersToQuery, type Filters } from '@/catalog/filters'
import type { Phase, ThreatGroup } from '@/catalog/taxonomy'
import { format } from '@/translations/format'
import type { UiDictionary } from '@/translations/ui/en'

type Props = {
  locale: string
  messages: UiDictionary
  filters: Filters
  labels: Map<string, string>
  phaseLabels: Record<Phase, string>
  groupLabels: Record<ThreatGroup, string>
  onChange: (next: Filters) => void
}

/** The chosen filters as removable chips (plain links, so they work without JavaScript), and "clear all". */
export function Chips({ locale, messages, filters, labels, phaseLabels, groupLabels, onChange }: Props) {
  const chips = [
    ...filters.assets.map((v) => ({ field: 'assets' as const, value: v, label: labels.get(v) ?? v })),
    ...filters.threats.map((v) => ({
      field: 'threats' as const,
      value: v,
      label: groupLabels[v as ThreatGroup] ?? labels.get(v) ?? v,
    })),
    ...filters.phases.map((v) => ({ field: 'phases' as const, value: v, label: phaseLabels[v] })),
    ...filters.packs.map((v) => ({
      field: 'packs' as const,
      value: v,
      label: `${messages.packLabel}: ${labels.get(v) ?? v}`,
    })),
  ]
  // After a chip is removed, focus goes to the chip that took its place (or the results), not to the top of the page.
  const list = useRef<HTMLUListElement>(null)
  const refocus = useRef<number | null>(null)
  useEffect(() => {
    const index = refocus.current
    if (index === null) return
    refocus.current = null
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('a.chip:not(.chip-clear)')
    const target = links && links.length > 0 && index >= 0 ? links[Math.min(index, links.length - 1)] : null
    ;(target ?? document.getElementById('results-heading'))?.focus()
  }, [filters])
  if (chips.length === 0 && !filters.q) return null
  const hrefFor = (next: Filters) => {
    const query = filtersToQuery(next)
    return `/${locale}${query ? `?${query}` : ''}`
  }
  const follow = (event: React.MouseEvent, next: Filters, index: number) => {
    event.preventDefault()
    refocus.current = index
    onChange(next)
  }
  const cleared: Filters = { ...EMPTY_FILTERS, edition: filters.edition }
  return (
    <div className="chips">
      <h3 className="visually-hidden">{messages.chosenFilters}</h3>
      <ul ref={list}>
        {chips.map((chip, index) => {
          const next = { ...filters, [chip.field]: (filters[chip.field] as string[]).filter((v) => v !== chip.value) }
          return (
            <li key={`${chip.field}-${chip.value}`}>
              <a
                className="chip"
                href={hrefFor(next)}
                onClick={(event) => follow(event, next, index)}
                aria-label={format(messages.removeFilter, { label: chip.label })}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </a>
            </li>
          )
        })}
        <li>
          <a className="chip chip-clear" href={hrefFor(cleared)} onClick={(event) => follow(event, cleared, -1)}>
            {messages.clearAll}
          </a>
        </li>
      </ul>
    </div>
  )
}
