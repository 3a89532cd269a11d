import { describe, expect, it } from '@jest/globals'

import { EMPTY_FILTERS, filtersToQuery, LIMITS, parseFilters, type Filters } from '@/catalog/filters'
import { searchAliases } from '@/catalog/aliases'
import { facetCounts, foldText, matchPractices, type CatalogPractice, type CatalogThreat } from '@/catalog/match'

const known = {
  assets: new Set(['medical-devices', 'cloud-services', 'networking-equipment']),
  threats: new Set(['ransomware', 'flood', 'phishing-and-social-engineering']),
  editions: new Set(['procurement-guidelines-2020', 'procurement-guidelines-2026']),
  practices: new Set(['encryption', 'risk-assessment', 'require-patching']),
}

describe('parseFilters', () => {
  it('reads repeated and comma-separated values, trimming, lowercasing and de-duplicating', () => {
    const { filters, unknown } = parseFilters(
      new URLSearchParams(
        'asset=medical-devices,Cloud-Services&asset=medical-devices&threat=ransomware&threat=natural-phenomena&phase=plan,source',
      ),
      known,
    )
    expect(filters.assets).toEqual(['medical-devices', 'cloud-services'])
    expect(filters.threats).toEqual(['ransomware', 'natural-phenomena'])
    expect(filters.phases).toEqual(['plan', 'source'])
    expect(unknown).toEqual([])
  })

  it('drops unknown values and reports them, without failing', () => {
    const { filters, unknown } = parseFilters(
      {
        asset: ['toasters', 'medical-devices'],
        phase: 'later',
        edition: 'procurement-guidelines-1999',
        ids: 'nope,encryption',
      },
      known,
    )
    expect(filters.assets).toEqual(['medical-devices'])
    expect(filters.phases).toEqual([])
    expect(filters.edition).toBeUndefined()
    expect(filters.ids).toEqual(['encryption'])
    expect(unknown).toEqual([
      { param: 'edition', value: 'procurement-guidelines-1999' },
      { param: 'asset', value: 'toasters' },
      { param: 'phase', value: 'later' },
      { param: 'ids', value: 'nope' },
    ])
  })

  it('bounds what a crafted URL can ask for', () => {
    const many = Array.from({ length: 500 }, (_, i) => `x${i}`).join(',')
    const { filters, unknown } = parseFilters({ asset: many, q: 'a'.repeat(5000) }, known)
    expect(unknown.length).toBe(LIMITS.valuesPerParam)
    expect(filters.q.length).toBe(LIMITS.queryLength)
  })

  it('round-trips through the canonical query string', () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      assets: ['medical-devices'],
      threats: ['ransomware', 'flood'],
      phases: ['plan'],
      q: 'pump é',
      edition: 'procurement-guidelines-2020',
    }
    const query = filtersToQuery(filters)
    expect(query).toBe(
      'asset=medical-devices&threat=ransomware,flood&phase=plan&edition=procurement-guidelines-2020&q=pump+%C3%A9',
    )
    expect(parseFilters(new URLSearchParams(query), known).filters).toEqual(filters)
  })
})

const practice = (
  slug: string,
  phase: CatalogPractice['phase'],
  order: number,
  assets: string[],
  threats: string[],
  title = slug,
  related: { assets?: string[]; threats?: string[] } = {},
): CatalogPractice => ({
  slug,
  code: slug.slice(0, 2).toUpperCase(),
  phase,
  title,
  summary: `${title} summary`,
  body: '',
  aliases: '',
  packs: [],
  assets,
  relatedAssets: related.assets ?? [],
  threats,
  relatedThreats: related.threats ?? [],
  order,
  textLocale: 'en',
})

const threats: CatalogThreat[] = [
  { slug: 'ransomware', group: 'malicious-actions' },
  { slug: 'phishing-and-social-engineering', group: 'malicious-actions' },
  { slug: 'flood', group: 'natural-phenomena' },
]
const practices = [
  practice('require-patching', 'manage', 3, ['medical-devices'], ['ransomware']),
  practice('encryption', 'general', 1, ['cloud-services', 'medical-devices'], ['phishing-and-social-engineering']),
  practice(
    'risk-assessment',
    'plan',
    2,
    ['cloud-services', 'networking-equipment'],
    ['flood', 'ransomware'],
    'Évaluation des risques',
  ),
]

describe('matchPractices', () => {
  it('orders everything by phase, then order, when nothing is chosen', () => {
    expect(matchPractices(practices, EMPTY_FILTERS, threats).map((r) => r.practice.slug)).toEqual([
      'encryption',
      'risk-assessment',
      'require-patching',
    ])
  })

  it('ORs values within a filter and ANDs filters, and says what matched', () => {
    const results = matchPractices(
      practices,
      { ...EMPTY_FILTERS, assets: ['medical-devices', 'networking-equipment'], threats: ['ransomware'] },
      threats,
    )
    expect(results.map((r) => [r.practice.slug, r.keyFor.assets, r.keyFor.threats])).toEqual([
      ['risk-assessment', ['networking-equipment'], ['ransomware']],
      ['require-patching', ['medical-devices'], ['ransomware']],
    ])
  })

  describe('relevance: key and related links', () => {
    const linked = [
      // key for medical devices, related to ransomware
      practice('segmentation', 'plan', 1, ['medical-devices'], [], 'Segmentation', { threats: ['ransomware'] }),
      // key against ransomware, related to medical devices
      practice('backups', 'manage', 2, [], ['ransomware'], 'Backups', { assets: ['medical-devices'] }),
      // related to both, key for neither
      practice('awareness', 'general', 3, [], [], 'Awareness', {
        assets: ['medical-devices'],
        threats: ['ransomware'],
      }),
      // key for both
      practice('patching', 'manage', 4, ['medical-devices'], ['ransomware']),
    ]
    const choice = { ...EMPTY_FILTERS, assets: ['medical-devices'], threats: ['ransomware'] }

    it('by default needs a key link to one chosen value and a link of any strength to every facet, ranked by strength', () => {
      const results = matchPractices(linked, choice, threats)
      expect(results.map((r) => [r.practice.slug, r.relevance])).toEqual([
        ['patching', 4],
        ['segmentation', 3],
        ['backups', 3],
      ])
      expect(results[1]).toMatchObject({
        keyFor: { assets: ['medical-devices'], threats: [] },
        relatedTo: { assets: [], threats: ['ransomware'] },
      })
    })

    it('includes the merely related practices when asked, ranked last', () => {
      const results = matchPractices(linked, { ...choice, related: true }, threats)
      expect(results.map((r) => r.practice.slug)).toEqual(['patching', 'segmentation', 'backups', 'awareness'])
      expect(results.at(-1)?.relevance).toBe(2)
    })

    it('with one facet only, lists the practices key for it', () => {
      const results = matchPractices(linked, { ...EMPTY_FILTERS, assets: ['medical-devices'] }, threats)
      expect(results.map((r) => r.practice.slug)).toEqual(['segmentation', 'patching'])
    })

    it('counts each option as the results it would give, by the same rule', () => {
      const counts = facetCounts(linked, { ...EMPTY_FILTERS, threats: ['ransomware'] }, threats)
      // ransomware chosen: medical devices would give patching, segmentation (key for the asset) and backups (key
      // against the threat); awareness is key for neither
      expect(counts.assets['medical-devices']).toBe(3)
      expect(counts.threats['ransomware']).toBe(2)
      expect(
        facetCounts(linked, { ...EMPTY_FILTERS, threats: ['ransomware'], related: true }, threats).assets[
          'medical-devices'
        ],
      ).toBe(4)
    })
  })

  it('treats a threat-group value as all threats of the group', () => {
    const results = matchPractices(practices, { ...EMPTY_FILTERS, threats: ['malicious-actions'] }, threats)
    expect(results.map((r) => r.practice.slug)).toEqual(['encryption', 'risk-assessment', 'require-patching'])
    expect(
      matchPractices(practices, { ...EMPTY_FILTERS, threats: ['natural-phenomena'] }, threats).map(
        (r) => r.practice.slug,
      ),
    ).toEqual(['risk-assessment'])
  })

  it('searches regardless of accents and case, ranking by relevance', () => {
    expect(foldText('Évaluation')).toBe('evaluation')
    expect(
      matchPractices(practices, { ...EMPTY_FILTERS, q: 'evaluation' }, threats).map((r) => r.practice.slug),
    ).toEqual(['risk-assessment'])
    expect(matchPractices(practices, { ...EMPTY_FILTERS, q: 'ENCRYP' }, threats).map((r) => r.practice.slug)).toEqual([
      'encryption',
    ])
    expect(matchPractices(practices, { ...EMPTY_FILTERS, q: 'zzzz' }, threats)).toEqual([])
  })

  it('finds a practice by the names and examples of what it is key for, and by its English text, ranked after the page language', () => {
    const names = new Map([
      ['medical-devices', ['Ιατροτεχνολογικά προϊόντα', 'Medical devices', 'PACS']],
      ['ransomware', ['Λυτρισμικό', 'Ransomware']],
    ])
    const greek = (slug: string, title: string, assets: string[], threats: string[], english: string[]) => ({
      ...practice(slug, 'plan', 1, assets, threats, title),
      summary: '',
      textLocale: 'el',
      aliases: searchAliases({ assets, threats }, names, english),
    })
    const items = [
      greek('backups', 'Αντίγραφα ασφαλείας', [], ['ransomware'], ['Keep offline backups']),
      greek('segment', 'Τμηματοποίηση δικτύου', ['medical-devices'], [], ['Segment the network']),
      // Its own title says "λυτρισμικό": it ranks before the one found through its threat's name.
      greek('plan', 'Σχέδιο για λυτρισμικό', [], [], ['Ransomware plan']),
    ]
    const search = (q: string) => matchPractices(items, { ...EMPTY_FILTERS, q }, threats).map((r) => r.practice.slug)
    expect(search('λυτρισμικο')).toEqual(['plan', 'backups'])
    expect(search('PACS')).toEqual(['segment'])
    expect(search('backup')).toEqual(['backups'])
    // Related links are not searched by: names say what a practice is key for.
    expect(searchAliases({ assets: [], threats: [] }, names)).toBe('')
  })

  it('keeps a hand-picked list', () => {
    expect(
      matchPractices(practices, { ...EMPTY_FILTERS, ids: ['require-patching'] }, threats).map((r) => r.practice.slug),
    ).toEqual(['require-patching'])
  })
})

describe('facetCounts', () => {
  it('counts, per option, the results that choosing it would give with the other filters kept', () => {
    const counts = facetCounts(practices, { ...EMPTY_FILTERS, phases: ['manage', 'plan'] }, threats)
    expect(counts.assets).toEqual({ 'medical-devices': 1, 'cloud-services': 1, 'networking-equipment': 1 })
    // The phase facet ignores its own selection: every phase shows what it would give.
    expect(counts.phases).toEqual({ general: 1, plan: 1, manage: 1 })
    expect(counts.groups).toEqual({ 'malicious-actions': 2, 'natural-phenomena': 1 })
    expect(counts.threats).toEqual({ ransomware: 2, flood: 1 })
  })

  it('agrees with matchPractices for a single chosen option', () => {
    const filters = { ...EMPTY_FILTERS, threats: ['ransomware'] }
    const counts = facetCounts(practices, filters, threats)
    for (const asset of ['medical-devices', 'cloud-services', 'networking-equipment']) {
      expect(counts.assets[asset] ?? 0).toBe(matchPractices(practices, { ...filters, assets: [asset] }, threats).length)
    }
  })
})
