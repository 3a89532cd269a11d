'use client'
import { THREAT_GROUPS, PHASES } from '@/catalog/taxonomy'
import type { FacetCounts } from '@/catalog/match'
import type { Filters } from '@/catalog/filters'
import { format } from '@/translations/format'
import type { ToolProps } from './types'

type Props = Pick<ToolProps, 'messages' | 'assets' | 'threats' | 'phaseLabels' | 'groupLabels' | 'locale'> & {
  filters: Filters
  counts: FacetCounts
  onToggle: Toggle
}

type Toggle = (name: 'asset' | 'threat' | 'phase', value: string, on: boolean) => void

function Option(props: {
  name: 'asset' | 'threat' | 'phase'
  value: string
  label: string
  count: number
  checked: boolean
  lang?: string
  strong?: boolean
  countLabel: string
  onToggle: Toggle
}) {
  const id = `f-${props.name}-${props.value}`
  return (
    <li className={props.count === 0 && !props.checked ? 'option option-empty' : 'option'}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(event) => props.onToggle(props.name, props.value, event.target.checked)}
      />
      <label htmlFor={id}>
        <span lang={props.lang} className={props.strong ? 'option-strong' : undefined}>
          {props.label}
        </span>{' '}
        {/* The number is shown; screen readers hear it as "12 results" (aria-label is not allowed on a span). */}
        <span className="count" aria-hidden="true">
          {props.count}
        </span>
        <span className="visually-hidden">{props.countLabel}</span>
      </label>
    </li>
  )
}

/** The three questions as checkbox groups, each option with the number of results it would give. */
export function Facets({
  messages,
  assets,
  threats,
  phaseLabels,
  groupLabels,
  filters,
  counts,
  locale,
  onToggle,
}: Props) {
  const countLabel = (count: number) => format(messages.optionCount, { count: count.toLocaleString(locale) })
  return (
    <>
      <fieldset className="facet">
        <legend>{messages.assetQuestion}</legend>
        <ul>
          {assets.map((a) => (
            <Option
              key={a.slug}
              name="asset"
              value={a.slug}
              label={a.title}
              lang={a.textLocale}
              count={counts.assets[a.slug] ?? 0}
              checked={filters.assets.includes(a.slug)}
              onToggle={onToggle}
              countLabel={countLabel(counts.assets[a.slug] ?? 0)}
            />
          ))}
        </ul>
      </fieldset>
      <fieldset className="facet">
        <legend>{messages.threatQuestion}</legend>
        {THREAT_GROUPS.map((group) => (
          <fieldset key={group} className="facet-group">
            <legend>{groupLabels[group]}</legend>
            <ul>
              <Option
                name="threat"
                value={group}
                label={format(messages.allOfGroup, { group: groupLabels[group] })}
                strong
                count={counts.groups[group] ?? 0}
                checked={filters.threats.includes(group)}
                onToggle={onToggle}
                countLabel={countLabel(counts.groups[group] ?? 0)}
              />
              {threats
                .filter((th) => th.group === group)
                .map((th) => (
                  <Option
                    key={th.slug}
                    name="threat"
                    value={th.slug}
                    label={th.title}
                    lang={th.textLocale}
                    count={counts.threats[th.slug] ?? 0}
                    checked={filters.threats.includes(th.slug)}
                    onToggle={onToggle}
                    countLabel={countLabel(counts.threats[th.slug] ?? 0)}
                  />
                ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>{messages.phaseQuestion}</legend>
        <ul>
          {PHASES.map((phase) => (
            <Option
              key={phase}
              name="phase"
              value={phase}
              label={phaseLabels[phase]}
              count={counts.phases[phase] ?? 0}
              checked={filters.phases.includes(phase)}
              onToggle={onToggle}
              countLabel={countLabel(counts.phases[phase] ?? 0)}
            />
          ))}
        </ul>
      </fieldset>
    </>
  )
}
