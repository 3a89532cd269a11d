// Property-based tests (fast-check) of the code that reads what visitors and translators send: the tool's filters,
// the export parameters, XLIFF files, and the CSV export's cells. Fixed seed: a failure is reproducible.
import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { NextRequest } from 'next/server'

import { editionParam, filtersToQuery, LIMITS, parseFilters, type Filters, type KnownValues } from '@/catalog/filters'
import { matchPractices, type CatalogPractice, type CatalogThreat } from '@/catalog/match'
import { PHASES, THREAT_GROUPS } from '@/catalog/taxonomy'
import { STAGES, STRENGTHS } from '@/tender/stages'
import { practicesToCsv } from '@/exports/csv'
import { EXPORT_TYPES, readExportFormat } from '@/exports/params'
import type { ExportContext, ExportPractice } from '@/exports/types'
import { buildXliff, parseXliff, XliffError } from '@/xliff/format'
import { isUndecodablePath, proxy } from '@/proxy'
import { queryProblem, SUPPORTED_OPERATORS } from '@/security/queryGuard'
import { en } from '@/translations/ui/en'

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200), seed: Number(process.env.FC_SEED ?? 20261128) }

// ---------------------------------------------------------------------------------------------------------------
// Generators

/** Any text: ASCII, any code point (no half surrogates), printable graphemes (emoji, RTL, combining marks). */
const anyText = (maxLength = 60) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
  )

/** Pieces that matter to the parsers: separators, case, whitespace, markup, entities, CDATA ends, injections. */
const TRICKY = [
  ',',
  ',,',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2028',
  '%2C',
  '%',
  '&',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<script>',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("x")',
  "'; DROP TABLE x;--",
  '../',
  '\u0000',
  '\u202e',
  'مرحبا',
  'שלום',
  '😀',
  '👩‍⚕️',
  'İ',
  'ß',
  'Σ',
  '__proto__',
  'constructor',
  'toString',
  'ÉVALUATION',
]
const trickyText = (maxLength = 40) =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), anyText(8)), { maxLength: Math.ceil(maxLength / 4) })
    .map((parts) => parts.join(''))

// ---------------------------------------------------------------------------------------------------------------
// The tool's filters

const known: KnownValues = {
  assets: new Set(['medical-devices', 'cloud-services', 'networking-equipment', 'identification-systems']),
  threats: new Set(['ransomware', 'flood', 'phishing-and-social-engineering', 'supply-chain-disruption']),
  editions: new Set(['procurement-guidelines-2020', 'procurement-guidelines-2026']),
  practices: new Set(['encryption', 'risk-assessment', 'require-patching', 'secure-by-design', 'training']),
  packs: new Set(['pacs-and-medical-imaging', 'ehr-as-saas']),
}
const PARAM_NAMES = ['asset', 'threat', 'phase', 'edition', 'q', 'ids', 'pack'] as const
const knownFor = {
  asset: [...known.assets],
  threat: [...known.threats, ...THREAT_GROUPS],
  phase: [...PHASES],
  edition: [...known.editions],
  ids: [...known.practices!],
  pack: [...known.packs!],
} as const
type ListParam = keyof typeof knownFor
const LIST_PARAMS = Object.keys(knownFor) as ListParam[]
const isKnown = (param: ListParam, value: string) => (knownFor[param] as readonly string[]).includes(value)
const everyKnown = new Set(Object.values(knownFor).flat())

/** An unknown token as parseFilters stores it: no comma, trimmed, lowercase, within the length limit, not a known value. */
const unknownToken = trickyText(30)
  .map((s) => s.replaceAll(',', '').trim().toLowerCase().slice(0, 40).trim())
  .filter((s) => s !== '' && s.isWellFormed() && s.toLowerCase() === s && !everyKnown.has(s))

/** Arbitrary query input, in both shapes parseFilters accepts. */
const anyParamName = fc.oneof(fc.constantFrom(...PARAM_NAMES, '__proto__', 'constructor', 'Asset'), anyText(10))
const anyQueryInput = fc.oneof(
  // a raw query string, however malformed
  trickyText(200).map((s) => new URLSearchParams(s)),
  fc
    .array(fc.tuple(anyParamName, fc.oneof(trickyText(60), anyText(200))), { maxLength: 30 })
    .map((pairs) => new URLSearchParams(pairs)),
  // what Next gives a page: a record of strings and string arrays
  fc.dictionary(
    anyParamName,
    fc.oneof(fc.constant(undefined), trickyText(60), fc.array(trickyText(60), { maxLength: 8 })),
  ),
  // huge input: thousands of values, very long values
  fc.record({
    asset: fc
      .array(fc.oneof(fc.constantFrom(...knownFor.asset), unknownToken), { minLength: 150, maxLength: 400 })
      .map((v) => v.join(',')),
    threat: fc.string({ minLength: 1000, maxLength: 5000 }),
    q: fc.string({ unit: 'grapheme', minLength: 150, maxLength: 2000 }),
    ids: fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 100, maxLength: 300 }),
  }),
)

const filterValues = (filters: Filters) => ({
  asset: filters.assets,
  threat: filters.threats,
  phase: filters.phases,
  edition: filters.edition === undefined ? [] : [filters.edition],
  ids: filters.ids,
  pack: filters.packs,
})

describe('parseFilters (properties)', () => {
  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(anyQueryInput, (input) => {
        const { filters, unknown } = parseFilters(input, known)
        expect(typeof filters.q).toBe('string')
        expect(Array.isArray(unknown)).toBe(true)
      }),
      RUNS,
    )
  })

  it('keeps only known values, within LIMITS, and a canonical text query', () => {
    fc.assert(
      fc.property(anyQueryInput, (input) => {
        const { filters, unknown } = parseFilters(input, known)
        for (const param of LIST_PARAMS) {
          const values = filterValues(filters)[param]
          expect(values.every((value) => isKnown(param, value))).toBe(true)
          expect(new Set(values).size).toBe(values.length)
          expect(values.length).toBeLessThanOrEqual(LIMITS.valuesPerParam)
          expect(unknown.filter((u) => u.param === param).length).toBeLessThanOrEqual(LIMITS.valuesPerParam)
        }
        // (one expect for the whole list: jest's matchers are slow on thousands of values)
        const badUnknown = unknown.filter(
          ({ param, value }) =>
            !(LIST_PARAMS as string[]).includes(param) ||
            value === '' ||
            value.length > LIMITS.valueLength ||
            value.includes(',') ||
            isKnown(param as ListParam, value),
        )
        expect(badUnknown).toEqual([])
        expect(filters.q.length).toBeLessThanOrEqual(LIMITS.queryLength)
        expect(filters.q).toBe(filters.q.trim())
        expect(filters.q).not.toMatch(/\s\s/)
        // no half of a surrogate pair left over by the length limit
        expect(filters.q).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      }),
      RUNS,
    )
  })

  it('is idempotent: the canonical query of what was read reads back the same', () => {
    fc.assert(
      fc.property(anyQueryInput, (input) => {
        const { filters } = parseFilters(input, known)
        expect(parseFilters(new URLSearchParams(filtersToQuery(filters)), known)).toEqual({ filters, unknown: [] })
      }),
      RUNS,
    )
  })

  it('keeps every known value and reports every unknown one under its parameter', () => {
    const token = (param: ListParam) => fc.oneof(fc.constantFrom(...knownFor[param]), unknownToken)
    const query = fc.record(
      Object.fromEntries(LIST_PARAMS.map((p) => [p, fc.uniqueArray(token(p), { maxLength: 12 })])) as Record<
        ListParam,
        fc.Arbitrary<string[]>
      >,
    )
    fc.assert(
      fc.property(query, (values) => {
        const { filters, unknown } = parseFilters(
          new URLSearchParams(LIST_PARAMS.map((p) => [p, values[p].join(',')])),
          known,
        )
        const kept = filterValues(filters)
        for (const param of LIST_PARAMS) {
          const expectedKnown = values[param].filter((v) => isKnown(param, v))
          // edition is a single choice: the first known one
          expect(kept[param]).toEqual(param === 'edition' ? expectedKnown.slice(0, 1) : expectedKnown)
          expect(unknown.filter((u) => u.param === param).map((u) => u.value)).toEqual(
            values[param].filter((v) => !isKnown(param, v)),
          )
        }
      }),
      RUNS,
    )
  })

  it('round-trips: parse(serialize(filters)) gives the filters back', () => {
    const q = fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/\s+/g, ' ').trim())
    const filters = fc.record({
      assets: fc.uniqueArray(fc.constantFrom(...knownFor.asset)),
      threats: fc.uniqueArray(fc.constantFrom(...knownFor.threat)),
      phases: fc.uniqueArray(fc.constantFrom(...PHASES)),
      edition: fc.option(fc.constantFrom(...knownFor.edition), { nil: undefined }),
      q,
      ids: fc.uniqueArray(fc.constantFrom(...knownFor.ids)),
      packs: fc.uniqueArray(fc.constantFrom(...knownFor.pack)),
      related: fc.boolean(),
    })
    fc.assert(
      fc.property(filters, (f) => {
        const { edition, ...rest } = f
        const expected: Filters = edition === undefined ? rest : { ...rest, edition }
        expect(parseFilters(new URLSearchParams(filtersToQuery(expected)), known)).toEqual({
          filters: expected,
          unknown: [],
        })
      }),
      RUNS,
    )
  })

  it('does not depend on order, duplicates, case, spacing or how values are split over repeated parameters', () => {
    const practices: CatalogPractice[] = [...known.practices!].map((slug, i) => ({
      slug,
      code: `G${i}`,
      phase: PHASES[i % PHASES.length]!,
      title: slug,
      summary: '',
      body: '',
      aliases: '',
      packs: knownFor.pack.filter((_, j) => (i + j) % 2 === 0),
      assets: knownFor.asset.filter((_, j) => (i + j) % 2 === 0),
      relatedAssets: knownFor.asset.filter((_, j) => (i + j) % 2 === 1 && j % 3 === 0),
      threats: [...known.threats].filter((_, j) => (i + j) % 3 !== 0),
      relatedThreats: [...known.threats].filter((_, j) => (i + j) % 3 === 0 && j % 2 === 0),
      order: i,
      textLocale: 'en',
    }))
    const threats: CatalogThreat[] = [...known.threats].map((slug, i) => ({
      slug,
      group: THREAT_GROUPS[i % THREAT_GROUPS.length]!,
    }))
    const token = (param: ListParam) => fc.oneof(fc.constantFrom(...knownFor[param]), unknownToken)
    const values = fc.record(
      Object.fromEntries(
        LIST_PARAMS.filter((p) => p !== 'edition').map((p) => [p, fc.array(token(p), { maxLength: 8 })]),
      ) as Record<Exclude<ListParam, 'edition'>, fc.Arbitrary<string[]>>,
    )
    /** The same values, shuffled, some repeated, in mixed case and padded, split over several parameters. */
    const rewritten = (list: string[]) =>
      fc
        .tuple(
          fc.shuffledSubarray([...list, ...list], { minLength: list.length * 2 }),
          fc.array(fc.boolean(), { minLength: list.length * 2, maxLength: list.length * 2 }),
          fc.integer({ min: 1, max: 3 }),
        )
        .map(([shuffled, upper, chunks]) => {
          const cased = shuffled.map((v, i) =>
            upper[i] ? ` ${v.toUpperCase() === v.toUpperCase().toLowerCase() ? v : v.toUpperCase()} ` : v,
          )
          const size = Math.ceil(cased.length / chunks) || 1
          return Array.from({ length: chunks }, (_, i) => cased.slice(i * size, (i + 1) * size).join(','))
        })
    const sorted = (list: string[]) => [...list].sort()
    fc.assert(
      fc.property(
        values.chain((original) =>
          fc
            .record(Object.fromEntries(Object.entries(original).map(([p, list]) => [p, rewritten(list)])))
            .map((variant) => ({ original, variant: variant as Record<string, string[]> })),
        ),
        ({ original, variant }) => {
          const a = parseFilters(
            new URLSearchParams(Object.entries(original).map(([p, list]) => [p, list.join(',')])),
            known,
          )
          const b = parseFilters(
            new URLSearchParams(Object.entries(variant).flatMap(([p, parts]) => parts.map((part) => [p, part]))),
            known,
          )
          for (const param of ['asset', 'threat', 'phase', 'ids'] as const) {
            expect(sorted(filterValues(b.filters)[param])).toEqual(sorted(filterValues(a.filters)[param]))
          }
          const slugs = (f: Filters) =>
            matchPractices(practices, f, threats)
              .map((r) => r.practice.slug)
              .sort()
          expect(slugs(b.filters)).toEqual(slugs(a.filters))
        },
      ),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Export parameters

describe('export parameters: format, and the edition as the page reads it (properties)', () => {
  const formats = Object.keys(EXPORT_TYPES)
  const formatValue = fc.oneof(
    fc.constantFrom(
      ...formats,
      'CSV',
      ' csv',
      'csv ',
      'pdf',
      'xlsx',
      '',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'valueOf',
    ),
    trickyText(30),
  )

  it('accepts exactly the three format names, whatever else is in the query', () => {
    fc.assert(
      fc.property(
        fc.array(formatValue, { maxLength: 3 }),
        fc.array(fc.tuple(anyParamName, trickyText(40)), { maxLength: 10 }),
        (values, others) => {
          const query = new URLSearchParams([
            ...values.map((v) => ['format', v] as [string, string]),
            ...others.filter(([name]) => name !== 'format'),
          ])
          const format = readExportFormat(query)
          const first = values[0]
          expect(format).toBe(first !== undefined && formats.includes(first) ? first : null)
          if (format) expect(EXPORT_TYPES[format]).toMatch(/^[a-z]+\/[a-z.-]+/)
        },
      ),
      RUNS,
    )
  })

  it('reads the edition as the tool page does: the first value, trimmed and lowercased, from a URL or a page query', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.array(fc.oneof(fc.constantFrom(...knownFor.edition), trickyText(30)), { minLength: 1, maxLength: 3 }),
          { nil: undefined },
        ),
        (editions) => {
          const query = new URLSearchParams((editions ?? []).map((e) => ['edition', e]))
          const edition = editionParam(query)
          // the page gets Next's searchParams: a string for one value, an array for several
          const pageQuery = editions === undefined ? {} : { edition: editions.length === 1 ? editions[0] : editions }
          expect(editionParam(pageQuery)).toBe(edition)
          if (editions === undefined) return expect(edition).toBeUndefined()
          expect(edition).toBe(editions[0]!.split(',')[0]!.trim().toLowerCase())
          // a known edition, however it is spelt, is found
          const first = editions[0]!.split(',')[0]!.trim().toLowerCase()
          if (known.editions.has(first)) expect(known.editions.has(edition!)).toBe(true)
        },
      ),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// XLIFF

/** Text that XML 1.0 can carry: no control characters (tab and line feed aside) and no noncharacters U+FFFE/U+FFFF. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
const xmlText = fc.oneof(
  trickyText(80).map(xmlSafe),
  anyText(80).map(xmlSafe),
  fc.constantFrom(
    ' ',
    '  a  ',
    '\n',
    '\tTLS 1.2 & <no> "legacy"\n',
    ']]>',
    '<![CDATA[x]]>',
    '&amp;lt;',
    '&#x41;',
    '👩‍⚕️ مرحبا עולם',
    '\u202eevil',
    '=1+1',
  ),
)
const unitId = fc
  .tuple(
    fc.constantFrom('guidelines', 'good-practices', 'assets', 'threats'),
    fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    fc.constantFrom('title', 'summary', 'requirements:r1:requirement', 'requirements:r2:evidence'),
  )
  .map((parts) => parts.join(':'))
const units = fc.uniqueArray(
  fc.record({
    id: fc.oneof(
      unitId,
      xmlText.filter((s) => s !== ''),
    ),
    source: xmlText.filter((s) => s !== ''),
    target: fc.option(
      xmlText.filter((s) => s !== ''),
      { nil: null },
    ),
  }),
  { selector: (u) => u.id, minLength: 1, maxLength: 6 },
)

/** parseXliff either reads the file or refuses it with an XliffError; anything else is a bug. */
function parseOrRefuse(xml: string): ReturnType<typeof parseXliff> | XliffError {
  try {
    return parseXliff(xml)
  } catch (error) {
    if (error instanceof XliffError) {
      expect(error.message.length).toBeGreaterThan(0)
      return error
    }
    throw error
  }
}

const FRAGMENTS = [
  '<',
  '>',
  '</',
  '/>',
  '<unit id="x">',
  '</unit>',
  '<segment>',
  '</segment>',
  '<target>',
  '</target>',
  '<source>',
  '<file>',
  '</file>',
  '</xliff>',
  '<ph id="1"/>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  ']]>',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&nosuch;',
  '"',
  "'",
  '=',
  'version="1.2"',
  'trgLang=""',
  'srcLang="fr"',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '&a;',
  '<?xml version="1.0"?>',
  '\u0000',
  '\uFEFF',
  '😀',
  'مرحبا',
  '<__proto__>',
  '</__proto__>',
  'id="__proto__"',
  '<constructor/>',
  '<xliff version="2.0" srcLang="en" trgLang="fr">',
]

describe('parseXliff (properties)', () => {
  it('reads or refuses arbitrary strings, never failing otherwise', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(300),
          fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), anyText(6)), { maxLength: 40 }).map((p) => p.join('')),
        ),
        (xml) => {
          parseOrRefuse(xml)
        },
      ),
      RUNS,
    )
  })

  it('reads or refuses any mutation of a valid exported file, and what it reads is well-formed', () => {
    type Mutation = { at: number; remove: number; insert: string }
    const mutation: fc.Arbitrary<Mutation> = fc.record({
      // often in the prolog and the <xliff> element, where one character decides what the file is
      at: fc.oneof(fc.nat({ max: 60 }), fc.nat()),
      remove: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.constantFrom(...FRAGMENTS, ''), anyText(10)),
    })
    fc.assert(
      fc.property(units, fc.array(mutation, { minLength: 1, maxLength: 5 }), (list, mutations) => {
        let xml = buildXliff(list, { srcLang: 'en', trgLang: 'fr' })
        for (const { at, remove, insert } of mutations) {
          const i = at % (xml.length + 1)
          xml = xml.slice(0, i) + insert + xml.slice(i + remove)
        }
        const result = parseOrRefuse(xml)
        if (result instanceof XliffError) return
        expect(result.units.length).toBeGreaterThan(0)
        expect(new Set(result.units.map((u) => u.id)).size).toBe(result.units.length)
        for (const unit of result.units) {
          expect(typeof unit.id).toBe('string')
          expect(unit.id).not.toBe('')
          expect(typeof unit.source).toBe('string')
          expect(unit.target === null || typeof unit.target === 'string').toBe(true)
        }
      }),
      // the counterexample this property found: `<?xml vers<ding="UTF-8"?>` passed the validator, then the parser
      // threw a plain Error ("Pi Tag is not closed."), which the import endpoint turned into a 500
      {
        ...RUNS,
        examples: [[[{ id: 'guidelines:-:title', source: '!', target: null }], [{ at: 11, remove: 4, insert: '<' }]]],
      },
    )
  })

  it('refuses a file over the XML parser’s own limits with an XliffError, not a crash', () => {
    // fast-xml-parser throws a plain Error for an oversized entity; it must reach the translator as a 400 message.
    const xml = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY big "${'x'.repeat(100_000)}">]><xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source><target>&big;</target></segment></unit></file></xliff>`
    expect(() => parseXliff(xml)).toThrow(XliffError)
    expect(() => parseXliff(xml)).toThrow(/Not well-formed XML: .*exceeds/)
    // and the unclosed declaration the mutation property found
    expect(() => parseXliff('<?xml vers<ding="UTF-8"?><xliff/>')).toThrow(XliffError)
  })

  it('round-trips any text an export carries: markup characters, "]]>", entities, emoji, right-to-left', () => {
    fc.assert(
      fc.property(units, fc.constantFrom('fr', 'de', 'el', 'ga', 'mt'), (list, trgLang) => {
        const parsed = parseXliff(buildXliff(list, { srcLang: 'en', trgLang }))
        expect(parsed).toEqual({
          srcLang: 'en',
          trgLang,
          units: list.map((u) => ({ id: u.id, source: u.source, target: u.target })),
        })
      }),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// CSV export

/** What a spreadsheet would run as a formula: the cells the export must neutralise. */
const FORMULA_START = /^[=+@\t\r]|^-\S/
const cellText = fc.oneof(
  trickyText(40),
  anyText(40),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '-1', '- '), anyText(20)).map(([a, b]) => a + b),
)

const exportPractice: fc.Arbitrary<ExportPractice> = fc.record({
  slug: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  code: cellText,
  phase: fc.constantFrom(...PHASES),
  phaseLabel: cellText,
  title: cellText,
  summary: cellText,
  url: fc.option(cellText, { nil: null }),
  textLocale: fc.constant('en'),
  machineTranslation: fc.boolean(),
  addressed: fc.boolean(),
  assets: fc.array(fc.record({ slug: fc.constant('a'), title: cellText }), { maxLength: 3 }),
  threats: fc.array(fc.record({ slug: fc.constant('t'), title: cellText }), { maxLength: 3 }),
  relatedAssets: fc.array(fc.record({ slug: fc.constant('ra'), title: cellText }), { maxLength: 2 }),
  relatedThreats: fc.array(fc.record({ slug: fc.constant('rt'), title: cellText }), { maxLength: 2 }),
  requirements: fc.array(
    fc.record({
      id: fc.uuid(),
      requirement: cellText,
      evidence: cellText,
      placement: fc.constantFrom(...STAGES),
      strength: fc.constantFrom(...STRENGTHS),
      weight: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
      standards: fc.array(cellText, { maxLength: 2 }),
    }),
    { maxLength: 4 },
  ),
})

const csvContext: ExportContext = {
  locale: 'en',
  languageName: 'English',
  generatedAt: '2026-11-28T12:00:00.000Z',
  edition: {
    slug: 'procurement-guidelines-2020',
    title: 'Guidelines',
    publisher: 'ENISA',
    sourceUrl: 'https://example.test/',
  },
  chosen: { assets: [], threats: [], phases: [], q: '', packs: [] },
  filters: { asset: [], threat: [], phase: [], q: '', ids: [], pack: [] },
  messages: en,
}

describe('CSV export (properties)', () => {
  it('parses back to one row per requirement with every cell intact, formulas neutralised by a leading apostrophe', () => {
    fc.assert(
      fc.property(fc.array(exportPractice, { maxLength: 4 }), (practices) => {
        const csv = practicesToCsv(practices, csvContext)
        expect(csv.startsWith('\uFEFF')).toBe(true)
        const rows = parse(csv.slice(1), { relax_quotes: false, record_delimiter: '\r\n' }) as string[][]
        const expected = practices.flatMap((p) =>
          p.requirements.map((r) => [
            p.code,
            p.title,
            p.phaseLabel,
            r.id,
            r.requirement,
            r.evidence,
            p.addressed ? en.exportAddressedYes : en.exportAddressedNo,
            p.assets.map((a) => a.title).join('; '),
            p.threats.map((t) => t.title).join('; '),
            p.url ?? '',
          ]),
        )
        expect(rows).toHaveLength(1 + expected.length)
        expect(rows.every((row) => row.length === 10)).toBe(true)
        const wrong = rows.slice(1).flatMap((row, i) =>
          row.flatMap((cell, j) => {
            const original = expected[i]![j]!
            // intact, or the original behind an apostrophe, only for text that starts like a formula
            const intact = cell === original || (cell === `'${original}` && /^[=+\-@\t\r]/.test(original))
            // and nothing a spreadsheet would run is left
            return intact && !FORMULA_START.test(cell) ? [] : [{ original, cell }]
          }),
        )
        expect(wrong).toEqual([])
      }),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Request guards: the REST `where` check and the proxy's path check

describe('queryProblem (properties)', () => {
  const operators = [...SUPPORTED_OPERATORS]
  const fieldName = fc.oneof(
    fc.constantFrom('slug', 'title', 'phase', 'order', 'edition.title', 'requirements.requirement', '_status'),
    fc.stringMatching(/^[a-z][a-zA-Z0-9_.]{0,15}$/),
  )
  const scalar = fc.oneof(trickyText(20), fc.integer().map(String), fc.constantFrom('', 'true', 'null'))
  /** A where Payload's SQL adapter can run: supported operators, a text per operator, lists for in/not_in. */
  type Leaf = { path: string[]; operator: string; values: string[] }
  const leaf: fc.Arbitrary<Leaf> = fc.record({
    path: fc
      .array(
        fc.oneof(fc.constant('and'), fc.constant('or')).chain((c) => fc.nat({ max: 5 }).map((i) => [c, String(i)])),
        { maxLength: 3 },
      )
      .map((levels) => levels.flat()),
    operator: fc.constantFrom(...operators),
    values: fc.array(scalar, { minLength: 1, maxLength: 3 }),
  })
  const asQuery = (leaves: Leaf[]) => {
    const pairs: Array<[string, string]> = []
    const fields = new Set<string>()
    leaves.forEach((l, n) => {
      // distinct fields, so that no condition is repeated by accident
      const field = `f${n}`
      fields.add(field)
      const key = `where${[...l.path, field, l.operator].map((s) => `[${s}]`).join('')}`
      if (l.operator === 'in' || l.operator === 'not_in') l.values.forEach((v, i) => pairs.push([`${key}[${i}]`, v]))
      else pairs.push([key, l.values[0]!])
    })
    return pairs
  }

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom('where', 'data', 'where[', 'where[]', 'where[a][b][c][d]', 'where[or][0][a][all]'),
              trickyText(30).map((s) => `where[${s}]`),
              anyText(20),
            ),
            trickyText(60),
          ),
          { maxLength: 10 },
        ),
        (pairs) => {
          const problem = queryProblem(new URLSearchParams(pairs))
          expect(problem === null || typeof problem === 'string').toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('lets every well-formed query through, in brackets or as JSON', () => {
    fc.assert(
      fc.property(
        fc.array(leaf, { maxLength: 6 }),
        fieldName,
        fc.option(fc.nat()),
        fc.option(fc.oneof(fc.integer(), fc.constantFrom('abc', '', 'title'))),
        (leaves, field, limit, page) => {
          const paging: Array<[string, string]> = [
            ...(limit === null ? [] : [['limit', String(limit)] as [string, string]]),
            ...(page === null ? [] : [['page', String(page)] as [string, string]]),
          ]
          expect(queryProblem(new URLSearchParams([...asQuery(leaves), ...paging]))).toBeNull()
          const json = {
            or: leaves.map((l) => ({ [field]: { [l.operator]: l.operator.endsWith('in') ? l.values : l.values[0] } })),
          }
          expect(queryProblem(new URLSearchParams([['where', JSON.stringify(json)]]))).toBeNull()
        },
      ),
      RUNS,
    )
  })

  it('refuses what the SQL adapter would crash on: an unsupported operator, an object or a list where a text belongs, JSON that is not JSON, impossible pagination', () => {
    const spoil = fc.oneof(
      fc
        .constantFrom('all', 'near', 'within', 'intersects', 'nope')
        .map(
          (op) => (pairs: Array<[string, string]>) =>
            [...pairs, [`where[slug][${op}]`, 'x']] as Array<[string, string]>,
        ),
      fc
        .constantFrom('equals', 'like', 'not_equals', 'contains', 'in')
        .map(
          (op) => (pairs: Array<[string, string]>) =>
            [...pairs, [`where[or][0][slug][${op}][a]`, 'x']] as Array<[string, string]>,
        ),
      fc
        .constantFrom('equals', 'like', 'greater_than')
        .map(
          (op) => (pairs: Array<[string, string]>) =>
            [...pairs, [`where[slug][${op}]`, 'a'], [`where[slug][${op}]`, 'b']] as Array<[string, string]>,
        ),
      fc
        .constantFrom(
          '{',
          'nonexistent',
          '{"slug":{"equals":{"a":1}}}',
          '{"slug":{"all":["x"]}}',
          '{"or":[{"slug":{"like":["x"]}}]}',
        )
        .map((w) => (pairs: Array<[string, string]>) => [...pairs, ['where', w]] as Array<[string, string]>),
      // pagination the SQL cannot express: a negative limit, fractions, numbers beyond exact integers
      fc
        .oneof(
          fc.integer({ max: -1 }).map((n): [string, string] => ['limit', String(n)]),
          fc.tuple(
            fc.constantFrom('limit', 'page'),
            fc.constantFrom('1.5', '1e300', '-1e300', 'Infinity', '99999999999999999999', '0.1'),
          ),
        )
        .map((pair) => (pairs: Array<[string, string]>) => [...pairs, pair] as Array<[string, string]>),
    )
    fc.assert(
      fc.property(fc.array(leaf, { maxLength: 4 }), spoil, fc.nat(), (leaves, add, at) => {
        const spoiled = add(asQuery(leaves))
        // wherever the bad condition stands among the good ones
        const i = at % spoiled.length
        const moved = [...spoiled.slice(i), ...spoiled.slice(0, i)]
        expect(queryProblem(new URLSearchParams(moved))).toEqual(expect.any(String))
      }),
      RUNS,
    )
  })
})

describe('isUndecodablePath (properties)', () => {
  /** A path segment as its characters, each percent-encoded: a broken escape can go between two of them. */
  const segment = fc.oneof(trickyText(20), anyText(20)).map((s) => [...s].map(encodeURIComponent))
  const BROKEN = ['%', '%Z1', '%E0%A4%A', '%C0%AE', '%80', '%ED%A0%80', '%F4%90%80%80', '%u0041']

  it('accepts every properly encoded path and refuses one with a broken escape anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 5 }),
        fc.constantFrom(...BROKEN),
        fc.nat(),
        fc.nat(),
        (segments, broken, where, offset) => {
          expect(isUndecodablePath(`/${segments.map((chars) => chars.join('')).join('/')}`)).toBe(false)
          const i = where % (segments.length + 1)
          const chars = segments[i] ?? []
          const cut = offset % (chars.length + 1)
          // followed by "~" (not a hex digit), so that "%" and "4" never make a valid "%4…" by chance
          const spoiled = [
            ...segments.slice(0, i),
            [...chars.slice(0, cut), `${broken}~`, ...chars.slice(cut)],
            ...segments.slice(i + 1),
          ]
          expect(isUndecodablePath(`/${spoiled.map((c) => c.join('')).join('/')}`)).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('makes the proxy answer such a path with a 400, and pass every other one on', async () => {
    const refused = proxy(new NextRequest('http://localhost/de/good-practices/%E0%A4%A'))
    expect(refused.status).toBe(400)
    expect(await refused.text()).not.toMatch(/\bat \S+ \(/)
    const passed = proxy(new NextRequest('http://localhost/de/good-practices/%F0%9F%98%80'))
    expect(passed.headers.get('x-middleware-next')).toBe('1')
  })
})
