'use client'
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
  ]
  if (chips.length === 0 && !filters.q) return null
  const hrefFor = (next: Filters) => {
    const query = filtersToQuery(next)
    return `/${locale}${query ? `?${query}` : ''}`
  }
  const follow = (next: Filters) => (event: React.MouseEvent) => {
    event.preventDefault()
    onChange(next)
  }
  const cleared: Filters = { ...EMPTY_FILTERS, edition: filters.edition }
  return (
    <div className="chips">
      <h3 className="visually-hidden">{messages.chosenFilters}</h3>
      <ul>
        {chips.map((chip) => {
          const next = { ...filters, [chip.field]: (filters[chip.field] as string[]).filter((v) => v !== chip.value) }
          return (
            <li key={`${chip.field}-${chip.value}`}>
              <a
                className="chip"
                href={hrefFor(next)}
                onClick={follow(next)}
                aria-label={format(messages.removeFilter, { label: chip.label })}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </a>
            </li>
          )
        })}
        <li>
          <a className="chip chip-clear" href={hrefFor(cleared)} onClick={follow(cleared)}>
            {messages.clearAll}
          </a>
        </li>
      </ul>
    </div>
  )
}
