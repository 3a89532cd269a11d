/**
 * Whole-number weights that sum to exactly 100 and keep the proportions of `raw` as closely as whole numbers can
 * (largest remainder; ties go to the earlier item, so the result is the same on every run). Missing or non-positive
 * weights count as 1. Empty in, empty out.
 */
export function normaliseWeights(raw: Array<number | null | undefined>): number[] {
  if (raw.length === 0) return []
  const weights = raw.map((w) => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 1))
  const total = weights.reduce((sum, w) => sum + w, 0)
  const exact = weights.map((w) => (w / total) * 100)
  const result = exact.map(Math.floor)
  let left = 100 - result.reduce((sum, w) => sum + w, 0)
  const byRemainder = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of byRemainder) {
    if (left === 0) break
    result[i]!++
    left--
  }
  return result
}
