// The seed's (proposed) mapping of practices to asset types and threats narrows: each practice is key for a few of
// them, every asset type and threat has key practices, and one asset type with one threat gives a short list. The
// figures are computed from the seed as the tool filters it (src/catalog/match.ts) and printed for the record.
import { describe, expect, it } from '@jest/globals'

import { EMPTY_FILTERS } from '@/catalog/filters'
import { matchPractices, type CatalogPractice, type CatalogThreat } from '@/catalog/match'
import { assets } from '../../seed/data/assets'
import { practices2020 } from '../../seed/data/practices-2020'
import { practices2026 } from '../../seed/data/practices-2026'
import { threats } from '../../seed/data/threats'

const asCatalog = (p: (typeof practices2020)[number]): CatalogPractice => ({
  slug: p.slug,
  code: p.code,
  phase: p.phase,
  title: p.title,
  summary: p.summary,
  body: '',
  aliases: '',
  packs: [],
  assets: p.assets,
  relatedAssets: p.relatedAssets,
  threats: p.threats,
  relatedThreats: p.relatedThreats,
  order: p.order,
  textLocale: 'en',
})

const practices = practices2020.map(asCatalog)
const threatGroups: CatalogThreat[] = threats.map((t) => ({ slug: t.slug, group: t.group }))
const count = (filters: Partial<typeof EMPTY_FILTERS>) =>
  matchPractices(practices, { ...EMPTY_FILTERS, ...filters }, threatGroups).length
const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const figures = (values: number[]) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) })

describe('the seed mapping of the 2020 practices', () => {
  it('links only to known asset types and threats, each once, key and related apart', () => {
    const assetSlugs = new Set(assets.map((a) => a.slug))
    const threatSlugs = new Set(threats.map((t) => t.slug))
    for (const p of [...practices2020, ...practices2026]) {
      const linkedAssets = [...p.assets, ...p.relatedAssets]
      const linkedThreats = [...p.threats, ...p.relatedThreats]
      expect({ slug: p.slug, unknown: linkedAssets.filter((a) => !assetSlugs.has(a)) }).toEqual({
        slug: p.slug,
        unknown: [],
      })
      expect({ slug: p.slug, unknown: linkedThreats.filter((t) => !threatSlugs.has(t)) }).toEqual({
        slug: p.slug,
        unknown: [],
      })
      expect(new Set(linkedAssets).size).toBe(linkedAssets.length)
      expect(new Set(linkedThreats).size).toBe(linkedThreats.length)
    }
  })

  it('makes a practice key for at most 3 of the asset types and 6 of the threats, on average', () => {
    const keyAssets = average(practices.map((p) => p.assets.length))
    const keyThreats = average(practices.map((p) => p.threats.length))
    console.log(`key links per practice: ${keyAssets.toFixed(2)} asset types, ${keyThreats.toFixed(2)} threats`)
    expect(keyAssets).toBeLessThanOrEqual(3)
    expect(keyThreats).toBeLessThanOrEqual(6)
  })

  it('gives every asset type and every threat at least 3 key practices', () => {
    for (const a of assets)
      expect({ asset: a.slug, key: practices.filter((p) => p.assets.includes(a.slug)).length >= 3 }).toEqual({
        asset: a.slug,
        key: true,
      })
    for (const t of threats)
      expect({ threat: t.slug, key: practices.filter((p) => p.threats.includes(t.slug)).length >= 3 }).toEqual({
        threat: t.slug,
        key: true,
      })
  })

  it('answers one asset type with one threat with 4 to 12 practices by default, for every pair', () => {
    const pairs = assets.flatMap((a) =>
      threats.map((t) => ({ pair: `${a.slug} + ${t.slug}`, n: count({ assets: [a.slug], threats: [t.slug] }) })),
    )
    const single = {
      asset: figures(assets.map((a) => count({ assets: [a.slug] }))),
      threat: figures(threats.map((t) => count({ threats: [t.slug] }))),
      pair: figures(pairs.map((p) => p.n)),
      pairWithRelated: figures(
        assets.flatMap((a) => threats.map((t) => count({ assets: [a.slug], threats: [t.slug], related: true }))),
      ),
    }
    console.log(`results per selection (min/median/max): ${JSON.stringify(single)}`)
    expect(pairs.filter((p) => p.n < 4 || p.n > 12)).toEqual([])
  })
})
