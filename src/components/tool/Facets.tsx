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

type Name = 'asset' | 'threat' | 'phase'
type Hint = NonNullable<ToolProps['assets'][number]['hint']>
type Toggle = (name: Name, value: string, on: boolean) => void

function Option(props: {
  name: Name
  value: string
  label: string
  count: number
  checked: boolean
  lang?: string
  strong?: boolean
  hint?: Hint
  countLabel: string
  onToggle: Toggle
}) {
  const id = `f-${props.name}-${props.value}`
  const hintId = props.hint ? `${id}-hint` : undefined
  return (
    <li className={props.count === 0 && !props.checked ? 'option option-empty' : 'option'}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(event) => props.onToggle(props.name, props.value, event.target.checked)}
        aria-describedby={hintId}
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
        {/* What people call the things in it: heard as the checkbox's description, not as part of its name. */}
        {props.hint ? (
          <span id={hintId} className="option-hint" lang={props.hint.lang} aria-hidden="true">
            {props.hint.text}
          </span>
        ) : null}
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
  const selected = { asset: filters.assets, threat: filters.threats, phase: filters.phases } as const
  /** One checkbox: its state and count from the filters and the facet counts. */
  const option = (
    name: Name,
    value: string,
    label: string,
    count = 0,
    more: { lang?: string; strong?: boolean; hint?: Hint } = {},
  ) => (
    <Option
      key={value}
      name={name}
      value={value}
      label={label}
      count={count}
      checked={(selected[name] as readonly string[]).includes(value)}
      onToggle={onToggle}
      countLabel={countLabel(count)}
      {...more}
    />
  )
  return (
    <>
      <fieldset className="facet">
        <legend>{messages.assetQuestion}</legend>
        <ul>
          {assets.map((a) =>
            option('asset', a.slug, a.title, counts.assets[a.slug], { lang: a.textLocale, hint: a.hint }),
          )}
        </ul>
      </fieldset>
      <fieldset className="facet">
        <legend>{messages.threatQuestion}</legend>
        {THREAT_GROUPS.map((group) => (
          <fieldset key={group} className="facet-group">
            <legend>{groupLabels[group]}</legend>
            <ul>
              {option(
                'threat',
                group,
                format(messages.allOfGroup, { group: groupLabels[group] }),
                counts.groups[group],
                {
                  strong: true,
                },
              )}
              {threats
                .filter((th) => th.group === group)
                .map((th) =>
                  option('threat', th.slug, th.title, counts.threats[th.slug], { lang: th.textLocale, hint: th.hint }),
                )}
            </ul>
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>{messages.phaseQuestion}</legend>
        <ul>{PHASES.map((phase) => option('phase', phase, phaseLabels[phase], counts.phases[phase]))}</ul>
      </fieldset>
    </>
  )
}
