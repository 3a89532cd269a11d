// The tool's filters <-> URL query. Pure, shared by the server page, the client and the exports.
// Each filter is repeatable or comma-separated; values within a filter are alternatives (OR), filters combine (AND).
// Unknown values are dropped and reported, never an error.
import { PHASES, THREAT_GROUPS, type Phase } from './taxonomy'

export type Filters = {
  assets: string[]
  /** threat slugs or threat-group slugs, as given */
  threats: string[]
  phases: Phase[]
  /** guideline edition slug; undefined means the newest published edition */
  edition?: string
  q: string
  /** hand-picked practice slugs (exports) */
  ids: string[]
  /** procurement pack slugs: the practices these packs recommend */
  packs: string[]
  /** also the practices merely related to the chosen asset types and threats, not only those key for them */
  related: boolean
}

export type KnownValues = {
  assets: ReadonlySet<string>
  threats: ReadonlySet<string>
  editions: ReadonlySet<string>
  practices?: ReadonlySet<string>
  packs?: ReadonlySet<string>
}

export type UnknownValue = { param: string; value: string }

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>

/** Upper bounds that keep a crafted URL from costing anything: longer input is cut, extra values dropped. */
export const LIMITS = { valuesPerParam: 100, valueLength: 120, queryLength: 200 }

const PARAMS = {
  assets: 'asset',
  threats: 'threat',
  phases: 'phase',
  edition: 'edition',
  q: 'q',
  ids: 'ids',
  packs: 'pack',
  related: 'related',
} as const

export const EMPTY_FILTERS: Filters = {
  assets: [],
  threats: [],
  phases: [],
  q: '',
  ids: [],
  packs: [],
  related: false,
}

/**
 * At most `max` UTF-16 code units, cut so that the result reads back the same: never half of a surrogate pair
 * (an emoji cut in two), never white space left at the end by the cut.
 */
function cut(value: string, max: number): string {
  if (value.length <= max) return value
  const end = /[\uD800-\uDBFF]/.test(value[max - 1]!) ? max - 1 : max
  return value.slice(0, end).trimEnd()
}

/** A parameter's values as sent (also read by the exports for `addressed`). */
export const rawValues = (input: QueryInput, name: string): string[] =>
  input instanceof URLSearchParams ? input.getAll(name) : ([] as string[]).concat(input[name] ?? [])

function valuesOf(input: QueryInput, name: string): string[] {
  const values = rawValues(input, name)
    .flatMap((value) => value.split(','))
    .map((value) => cut(value.trim().toLowerCase(), LIMITS.valueLength))
    .filter(Boolean)
  return [...new Set(values)].slice(0, LIMITS.valuesPerParam)
}

/**
 * The edition asked for, read before the catalogue is loaded (which edition's practices to read): the first value,
 * trimmed and lowercased; undefined when none is given (the newest edition). Whether it is known is for parseFilters.
 */
export const editionParam = (input: QueryInput): string | undefined =>
  rawValues(input, PARAMS.edition)[0]?.split(',')[0]?.trim().toLowerCase()

export function parseFilters(input: QueryInput, known: KnownValues): { filters: Filters; unknown: UnknownValue[] } {
  const unknown: UnknownValue[] = []
  const keep = (param: string, values: string[], isKnown: (value: string) => boolean) =>
    values.filter((value) => {
      if (isKnown(value)) return true
      unknown.push({ param, value })
      return false
    })
  const groups = new Set<string>(THREAT_GROUPS)
  const phases = new Set<string>(PHASES)
  const editionValues = keep(PARAMS.edition, valuesOf(input, PARAMS.edition), (v) => known.editions.has(v))
  const qRaw = input instanceof URLSearchParams ? input.get(PARAMS.q) : [input[PARAMS.q] ?? ''].flat()[0]
  const filters: Filters = {
    assets: keep(PARAMS.assets, valuesOf(input, PARAMS.assets), (v) => known.assets.has(v)),
    threats: keep(PARAMS.threats, valuesOf(input, PARAMS.threats), (v) => known.threats.has(v) || groups.has(v)),
    phases: keep(PARAMS.phases, valuesOf(input, PARAMS.phases), (v) => phases.has(v)) as Phase[],
    edition: editionValues[0],
    q: cut((qRaw ?? '').replace(/\s+/g, ' ').trim(), LIMITS.queryLength),
    ids: keep(PARAMS.ids, valuesOf(input, PARAMS.ids), (v) => known.practices?.has(v) ?? true),
    packs: keep(PARAMS.packs, valuesOf(input, PARAMS.packs), (v) => known.packs?.has(v) ?? false),
    // A switch: any value but an explicit "no" turns it on (`related=1` from the link, `related=on` from the form).
    related: valuesOf(input, PARAMS.related).some((v) => !['0', 'false', 'no', 'off'].includes(v)),
  }
  return { filters, unknown }
}

/** The canonical query string of a filter state (stable order, comma-separated), without the leading "?". */
export function filtersToQuery(filters: Partial<Filters>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  const add = (name: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) params.set(name, values.join(','))
  }
  add(PARAMS.assets, filters.assets)
  add(PARAMS.threats, filters.threats)
  add(PARAMS.phases, filters.phases)
  if (filters.edition) params.set(PARAMS.edition, filters.edition)
  if (filters.q) params.set(PARAMS.q, filters.q)
  add(PARAMS.ids, filters.ids)
  add(PARAMS.packs, filters.packs)
  if (filters.related) params.set(PARAMS.related, '1')
  for (const [name, value] of Object.entries(extra)) params.set(name, value)
  return params.toString().replace(/%2C/g, ',')
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.assets.length + filters.threats.length + filters.phases.length + filters.ids.length + filters.packs.length >
      0 || filters.q !== ''
  )
}
