// Which practices fit a filter state, what each option would give (facet counts), and the order of results.
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
  assets: string[]
  threats: string[]
  order: number
  /** the language the text is in (English where no translation is published) */
  textLocale: string
  machine?: boolean
}

export type CatalogThreat = { slug: string; group: ThreatGroup }

export type MatchResult = {
  practice: CatalogPractice
  matchedAssets: string[]
  matchedThreats: string[]
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
    fields: ['code', 'title', 'summary', 'body'],
    storeFields: [],
    processTerm: (term) => foldText(term),
    searchOptions: { boost: { code: 4, title: 3, summary: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
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
}

function criteriaOf(filters: Filters, threats: CatalogThreat[]): Criteria {
  return {
    assets: filters.assets.length ? new Set(filters.assets) : null,
    threats: filters.threats.length ? expandThreats(filters.threats, threats) : null,
    phases: filters.phases.length ? new Set(filters.phases) : null,
    ids: filters.ids.length ? new Set(filters.ids) : null,
  }
}

const meets = (practice: CatalogPractice, c: Criteria, skip?: keyof Criteria): boolean =>
  (skip === 'assets' || !c.assets || practice.assets.some((a) => c.assets!.has(a))) &&
  (skip === 'threats' || !c.threats || practice.threats.some((t) => c.threats!.has(t))) &&
  (skip === 'phases' || !c.phases || c.phases.has(practice.phase)) &&
  (skip === 'ids' || !c.ids || c.ids.has(practice.slug))

export function searchScores(
  practices: CatalogPractice[],
  q: string,
  index?: MiniSearch<CatalogPractice>,
): Map<string, number> | null {
  if (!q) return null
  const hits = (index ?? buildSearchIndex(practices)).search(q)
  return new Map(hits.map((hit) => [String(hit.id), hit.score]))
}

/** The practices that fit: ordered by phase then code, or by relevance when searching. */
export function matchPractices(
  practices: CatalogPractice[],
  filters: Filters,
  threats: CatalogThreat[],
  index?: MiniSearch<CatalogPractice>,
): MatchResult[] {
  const criteria = criteriaOf(filters, threats)
  const scores = searchScores(practices, filters.q, index)
  const results = practices
    .filter((p) => meets(p, criteria) && (!scores || scores.has(p.slug)))
    .map((practice) => ({
      practice,
      matchedAssets: criteria.assets ? practice.assets.filter((a) => criteria.assets!.has(a)) : [],
      matchedThreats: criteria.threats ? practice.threats.filter((t) => criteria.threats!.has(t)) : [],
      score: scores?.get(practice.slug) ?? 0,
    }))
  return results.sort((a, b) => (scores ? b.score - a.score : 0) || byPhaseThenOrder(a.practice, b.practice))
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
  for (const practice of pool) {
    if (meets(practice, criteria, 'assets')) new Set(practice.assets).forEach((a) => bump(counts.assets, a))
    if (meets(practice, criteria, 'threats')) {
      new Set(practice.threats).forEach((t) => bump(counts.threats, t))
      new Set(practice.threats.map((t) => groupOf.get(t)).filter(Boolean) as string[]).forEach((g) =>
        bump(counts.groups, g),
      )
    }
    if (meets(practice, criteria, 'phases')) bump(counts.phases, practice.phase)
  }
  return counts
}
