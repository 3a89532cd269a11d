// Which practices fit a filter state, what each option would give (facet counts), and the order of results.
//
// Relevance: a practice is KEY for a few asset types and threats (one of the practices that matter most there) and
// RELATED to others. By default a practice fits a selection when it is linked (key or related) to a chosen value of
// every facet used and is key for at least one chosen asset type or threat; `related` drops that last condition.
// Results are ranked by how strongly they match: 2 for each chosen value they are key for, 1 for each related one.
import MiniSearch from 'minisearch'

import type { Filters } from './filters'
import { PHASES, type Phase, type ThreatGroup } from './taxonomy'

/** A practice as the tool needs it: small, plain, the same on server and client. */
export type CatalogPractice = {
  slug: string
  code: string
  phase: Phase
  title: string
  summary: string
  /** text searched besides title and summary (requirements, evidence) */
  body: string
  /** other words it is found by, weighed less (see aliases.ts) */
  aliases: string
  /** the procurement packs that recommend it */
  packs: string[]
  /** asset types this practice is key for */
  assets: string[]
  /** asset types it is related to (disjoint from `assets`) */
  relatedAssets: string[]
  /** threats this practice is key against */
  threats: string[]
  /** threats it helps against (disjoint from `threats`) */
  relatedThreats: string[]
  order: number
  /** the language the text is in (English where no translation is published) */
  textLocale: string
  machine?: boolean
}

export type CatalogThreat = { slug: string; group: ThreatGroup }

export type MatchResult = {
  practice: CatalogPractice
  /** the chosen asset types and threats this practice is key for, and those it is related to */
  keyFor: { assets: string[]; threats: string[] }
  relatedTo: { assets: string[]; threats: string[] }
  /** how strongly it matches the chosen facets (2 per key match, 1 per related one); 0 without facets */
  relevance: number
  /** search score (0 without a search) */
  score: number
}

/** Threat filter values (slugs or group slugs) expanded to threat slugs. */
export function expandThreats(values: string[], threats: CatalogThreat[]): Set<string> {
  const wanted = new Set(values)
  return new Set(threats.filter((t) => wanted.has(t.slug) || wanted.has(t.group)).map((t) => t.slug))
}

/** Lowercase, without diacritics: "Évaluation" and "evaluation" match. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export function buildSearchIndex(practices: CatalogPractice[]): MiniSearch<CatalogPractice> {
  const index = new MiniSearch<CatalogPractice>({
    idField: 'slug',
    fields: ['code', 'title', 'summary', 'body', 'aliases'],
    storeFields: [],
    processTerm: (term) => foldText(term),
    searchOptions: {
      boost: { code: 4, title: 3, summary: 1.5, aliases: 0.5 },
      prefix: true,
      // One typo allowed in longer words only: on short ones it matches common words ("ddos" would find "dos").
      fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
      combineWith: 'AND',
    },
  })
  index.addAll(practices)
  return index
}

const phaseRank = (phase: Phase) => PHASES.indexOf(phase)

export function byPhaseThenOrder(a: CatalogPractice, b: CatalogPractice): number {
  return phaseRank(a.phase) - phaseRank(b.phase) || a.order - b.order || a.code.localeCompare(b.code)
}

type Criteria = {
  assets: Set<string> | null
  threats: Set<string> | null
  phases: Set<string> | null
  ids: Set<string> | null
  packs: Set<string> | null
  related: boolean
}

function criteriaOf(filters: Filters, threats: CatalogThreat[]): Criteria {
  return {
    assets: filters.assets.length ? new Set(filters.assets) : null,
    threats: filters.threats.length ? expandThreats(filters.threats, threats) : null,
    phases: filters.phases.length ? new Set(filters.phases) : null,
    ids: filters.ids.length ? new Set(filters.ids) : null,
    packs: filters.packs.length ? new Set(filters.packs) : null,
    related: filters.related,
  }
}

const anyIn = (values: string[], wanted: Set<string> | null) => Boolean(wanted) && values.some((v) => wanted!.has(v))
const linkedAssets = (p: CatalogPractice) => [...p.assets, ...p.relatedAssets]
const linkedThreats = (p: CatalogPractice) => [...p.threats, ...p.relatedThreats]

/** Linked (key or related) to a chosen value of every facet used, `skip` aside. */
const meets = (practice: CatalogPractice, c: Criteria, skip?: keyof Criteria): boolean =>
  (skip === 'assets' || !c.assets || anyIn(linkedAssets(practice), c.assets)) &&
  (skip === 'threats' || !c.threats || anyIn(linkedThreats(practice), c.threats)) &&
  (skip === 'phases' || !c.phases || c.phases.has(practice.phase)) &&
  (skip === 'ids' || !c.ids || c.ids.has(practice.slug)) &&
  (skip === 'packs' || !c.packs || anyIn(practice.packs, c.packs))

/** Key for one of the chosen asset types or threats (or nothing chosen), unless related practices are included. */
const keyEnough = (
  practice: CatalogPractice,
  related: boolean,
  assets: Set<string> | null,
  threats: Set<string> | null,
) => related || (!assets && !threats) || anyIn(practice.assets, assets) || anyIn(practice.threats, threats)

export function searchScores(
  practices: CatalogPractice[],
  q: string,
  index?: MiniSearch<CatalogPractice>,
): Map<string, number> | null {
  if (!q) return null
  const hits = (index ?? buildSearchIndex(practices)).search(q)
  return new Map(hits.map((hit) => [String(hit.id), hit.score]))
}

/** The practices that fit, most relevant first (then by search score, then by phase and code). */
export function matchPractices(
  practices: CatalogPractice[],
  filters: Filters,
  threats: CatalogThreat[],
  index?: MiniSearch<CatalogPractice>,
): MatchResult[] {
  const criteria = criteriaOf(filters, threats)
  const scores = searchScores(practices, filters.q, index)
  const chosen = (values: string[], wanted: Set<string> | null) => (wanted ? values.filter((v) => wanted.has(v)) : [])
  const results = practices
    .filter(
      (p) =>
        meets(p, criteria) &&
        keyEnough(p, criteria.related, criteria.assets, criteria.threats) &&
        (!scores || scores.has(p.slug)),
    )
    .map((practice) => {
      const keyFor = {
        assets: chosen(practice.assets, criteria.assets),
        threats: chosen(practice.threats, criteria.threats),
      }
      const relatedTo = {
        assets: chosen(practice.relatedAssets, criteria.assets),
        threats: chosen(practice.relatedThreats, criteria.threats),
      }
      const relevance =
        2 * (keyFor.assets.length + keyFor.threats.length) + relatedTo.assets.length + relatedTo.threats.length
      return { practice, keyFor, relatedTo, relevance, score: scores?.get(practice.slug) ?? 0 }
    })
  return results.sort(
    (a, b) => b.relevance - a.relevance || b.score - a.score || byPhaseThenOrder(a.practice, b.practice),
  )
}

export type FacetCounts = {
  assets: Record<string, number>
  threats: Record<string, number>
  groups: Record<string, number>
  phases: Record<string, number>
}

/**
 * For each option: how many results there would be with that option chosen in its facet (alone), all other facets
 * as they are. Counts are of practices, so a practice matching several options counts once per option.
 */
export function facetCounts(
  practices: CatalogPractice[],
  filters: Filters,
  threats: CatalogThreat[],
  index?: MiniSearch<CatalogPractice>,
): FacetCounts {
  const criteria = criteriaOf(filters, threats)
  const scores = searchScores(practices, filters.q, index)
  const pool = practices.filter((p) => !scores || scores.has(p.slug))
  const counts: FacetCounts = { assets: {}, threats: {}, groups: {}, phases: {} }
  const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1)
  const groupOf = new Map(threats.map((t) => [t.slug, t.group]))
  const groupsOf = (slugs: string[]) => new Set(slugs.map((t) => groupOf.get(t)).filter(Boolean) as string[])
  // Each group's threats, built once: the counts run on every filter change, for every practice.
  const groupThreats = new Map<string, Set<string>>()
  for (const t of threats) groupThreats.set(t.group, (groupThreats.get(t.group) ?? new Set()).add(t.slug))
  const { related } = criteria
  for (const practice of pool) {
    if (meets(practice, criteria, 'assets')) {
      for (const a of new Set(linkedAssets(practice))) {
        if (keyEnough(practice, related, new Set([a]), criteria.threats)) bump(counts.assets, a)
      }
    }
    if (meets(practice, criteria, 'threats')) {
      for (const t of new Set(linkedThreats(practice))) {
        if (keyEnough(practice, related, criteria.assets, new Set([t]))) bump(counts.threats, t)
      }
      for (const g of groupsOf(linkedThreats(practice))) {
        if (keyEnough(practice, related, criteria.assets, groupThreats.get(g)!)) bump(counts.groups, g)
      }
    }
    if (meets(practice, criteria, 'phases') && keyEnough(practice, related, criteria.assets, criteria.threats)) {
      bump(counts.phases, practice.phase)
    }
  }
  return counts
}
