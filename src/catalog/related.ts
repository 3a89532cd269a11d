import type { CatalogPractice } from './match'
import { byPhaseThenOrder } from './match'
import { PHASES, type Phase } from './taxonomy'

/**
 * Practices that are key for the most of the same asset types and threats as `practice` (Jaccard similarity of their
 * key links), best first.
 */
export function relatedPractices(practice: CatalogPractice, all: CatalogPractice[], limit = 4): CatalogPractice[] {
  const mine = new Set([...practice.assets.map((a) => `a:${a}`), ...practice.threats.map((t) => `t:${t}`)])
  return all
    .filter((other) => other.slug !== practice.slug)
    .map((other) => {
      const theirs = [...other.assets.map((a) => `a:${a}`), ...other.threats.map((t) => `t:${t}`)]
      const shared = theirs.filter((key) => mine.has(key)).length
      const union = new Set([...mine, ...theirs]).size
      return { other, score: union === 0 ? 0 : shared / union }
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || byPhaseThenOrder(a.other, b.other))
    .slice(0, limit)
    .map((entry) => entry.other)
}

/** Practices grouped by phase, in phase order, each group ordered; empty phases left out. */
export function byPhase(practices: CatalogPractice[]): Array<{ phase: Phase; practices: CatalogPractice[] }> {
  return PHASES.map((phase) => ({
    phase,
    practices: practices.filter((p) => p.phase === phase).sort(byPhaseThenOrder),
  })).filter((group) => group.practices.length > 0)
}
