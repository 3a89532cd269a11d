// HTTP fuzzing of the served application (production build, seeded database): a few hundred generated requests with
// malformed, oversized, unicode and injection-like input. Whatever is sent: no 5xx, no stack trace in a response,
// 404 pages in a real language, unknown filter values named on the page. Fixed seed: the same requests every run
// (FUZZ_SEED=… for another set; FUZZ_FAILURES=file writes every failure there).
//
// What it found, and where it is fixed: a path that is not valid percent-encoded UTF-8 (`/%C0%AE`) was a 500 from
// Next's router (src/proxy.ts answers 400); REST queries Payload's SQL adapter cannot run (`where[slug][all]`,
// `where[slug][equals][a]=1`, a repeated `where[slug][equals]`, `?where=x`, `?data=x`, `?limit=-1&page=2`,
// `?limit=1e300`) were 500s (src/security/queryGuard.ts, used by src/app/(payload)/api/[...slug]/route.ts, answers
// 400); a GraphQL body that is not JSON was an empty 500 (src/app/(payload)/api/graphql/route.ts answers Payload's
// own 400); `/{locale}/export?format=toString` (or `__proto__`, `constructor`) was served as a docx with a nonsense
// content type (src/exports/params.ts). Known limitations, asserted as they are: see checkNotFoundPage (404 pages
// are rendered by the client, vercel/next.js#62228) and the GraphQL `all` operator and negative `limit` in check().
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'

import { parseFilters, type KnownValues } from '@/catalog/filters'
import { EXPORT_TYPES } from '@/exports/params'
import { isLocale, LOCALES, type Locale } from '@/translations/locales'
import { messagesFor, t } from '@/translations/t'
import { baseUrl } from '../helpers/browser'

const SEED = Number(process.env.FUZZ_SEED ?? 20261128)
const CONCURRENCY = 8
const DETAIL_KINDS = {
  'good-practices': 'good-practices',
  assets: 'assets',
  threats: 'threats',
  guidelines: 'guidelines',
} as const
type DetailKind = keyof typeof DETAIL_KINDS

// ---------------------------------------------------------------------------------------------------------------
// Input

const INJECTIONS = [
  '',
  ' ',
  ',',
  ',,,',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AE%C0%AE',
  '%2e%2e%2f',
  '..',
  '../',
  '../../etc/passwd',
  '..%2F..%2F',
  '\\..\\',
  '/',
  "'; DROP TABLE good_practices;--",
  '" OR 1=1 --',
  "' OR '1'='1",
  '1; SELECT * FROM users',
  '$where',
  '{"$gt":""}',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '=HYPERLINK("http://evil")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '\u0000',
  '\u202eevil',
  '\ufeff',
  'ﬀ',
  'İstanbul',
  'ÉVALUATION',
  'مرحبا',
  'שלום',
  '😀',
  '👩‍⚕️',
  '\u{10FFFF}',
  'a'.repeat(121),
  'x'.repeat(3000),
  ' medical-devices ',
  'MEDICAL-DEVICES',
  'ransomware,ransomware',
  'plan,,source',
  'NaN',
  '-1',
  '1e309',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
]
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
  )
const junk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: anyText(40) },
  { weight: 1, arbitrary: anyText(1500) },
)
const locale = fc.constantFrom(...LOCALES)

/** A request target (path and query) as sent on the wire: already percent-encoded where it should be. */
const q = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString()
const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] =>
  fc.sample(arb, { seed: SEED + offset, numRuns })

type Probe = { target: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; group: string }

function probes(known: { values: KnownValues; slugs: Record<DetailKind, string[]> }): Probe[] {
  const list: Probe[] = []
  const add = (group: string, targets: string[], extra: Partial<Probe> = {}) =>
    list.push(...targets.map((target) => ({ ...extra, target, group })))
  const knownValue = fc.constantFrom(
    ...known.values.assets,
    ...known.values.threats,
    'plan',
    'manage',
    ...known.values.editions,
  )
  const filterPair = fc.tuple(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('asset', 'threat', 'phase', 'edition', 'q', 'ids') },
      { weight: 1, arbitrary: fc.constantFrom('Asset', 'asset[]', 'asset[0]', 'threat.x', '__proto__', '', 'format') },
      { weight: 1, arbitrary: anyText(10) },
    ),
    fc.oneof(
      { weight: 3, arbitrary: junk },
      { weight: 1, arbitrary: knownValue },
      { weight: 1, arbitrary: fc.array(fc.oneof(knownValue, junk), { maxLength: 6 }).map((v) => v.join(',')) },
    ),
  )

  // `/` with junk in the query and in Accept-Language: a redirect to a real language.
  for (const [query, acceptLanguage] of sample(
    fc.tuple(
      fc.array(filterPair, { maxLength: 4 }),
      fc.oneof(
        fc.constantFrom('', '*', 'xx', 'en-GB', 'DE-de;q=0.9', 'fr;q=abc', ';;;,,,', 'zh-Hant-TW', 'ga, mt;q=0.1'),
        anyText(60).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      ),
    ),
    15,
    1,
  )) {
    list.push({ group: 'root', target: `/?${q(query)}`, headers: { 'accept-language': acceptLanguage } })
  }

  // The tool with generated filters; plus raw malformed query strings.
  for (const [lang, query] of sample(fc.tuple(locale, fc.array(filterPair, { minLength: 1, maxLength: 8 })), 110, 2))
    add('tool', [`/${lang}?${q(query)}`])
  add(
    'tool',
    [
      '%',
      '%%',
      '%E0%A4%A',
      'asset=%ZZ',
      'asset=%E0%A4%A',
      '&&&==&',
      'asset',
      'asset=',
      '=x',
      `asset=${'a,'.repeat(3000)}`,
      `q=${'%F0%9F%98%80'.repeat(300)}`,
      'phase=PLAN&phase=plan&phase=%20plan%20',
      `ids=${'x'.repeat(5000)}`,
      'edition=procurement-guidelines-2026',
      'edition=,procurement-guidelines-2020',
      'asset=medical-devices%00',
      'asset=%C0%AE',
    ].map((raw, i) => `/${LOCALES[i % LOCALES.length]}?${raw}`),
  )

  // Unknown languages and paths outside the 24.
  const unknownLanguages = [
    'xx',
    'EN',
    'De',
    'en-GB',
    'en_GB',
    'eng',
    'zz',
    '%00',
    '%2e%2e%2f',
    '%C0%AE',
    '%E0%A4%A',
    '%F0%9F%98%80',
    'ελ',
    "'%20OR%201=1",
    '%3Cscript%3E',
    'a'.repeat(3000),
    'index.php',
    '.env',
    'wp-admin',
    'api2',
  ]
  add(
    'unknown-language',
    unknownLanguages.flatMap((code) => [`/${code}`, `/${code}/good-practices/encryption`]),
  )
  add(
    'unknown-language',
    sample(
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
        .filter((s) => !isLocale(s) && !['api', 'admin', '_next'].includes(s) && !/[./\\?#%]/.test(s))
        .map((s) => `/${encodeURIComponent(s)}`),
      15,
      3,
    ),
  )

  // Detail pages with weird slugs, and unknown pages under a language.
  const weirdSlug = fc.oneof(
    fc.constantFrom(
      '../',
      '..%2F..%2F',
      '%2e%2e',
      '%252e%252e',
      "'%3B%20DROP%20TABLE%20good_practices%3B--",
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'x'.repeat(5000),
      '%F0%9F%98%80',
      '%E0%A4%A',
      '%00',
      'ENCRYPTION',
      'encryption%20',
      'encryption.json',
      'encryption;jsessionid=1',
      '__proto__',
      'constructor',
      '%u0041',
    ),
    junk.filter((s) => s !== '').map(encodeURIComponent),
  )
  for (const [lang, kind, slug] of sample(
    fc.tuple(locale, fc.constantFrom(...(Object.keys(DETAIL_KINDS) as DetailKind[])), weirdSlug),
    70,
    4,
  ))
    add('detail', [`/${lang}/${kind}/${slug}`])
  add(
    'detail',
    (Object.keys(DETAIL_KINDS) as DetailKind[]).map((kind, i) => `/${LOCALES[i]}/${kind}/${known.slugs[kind][0]}`),
  )
  add(
    'unknown-page',
    sample(fc.tuple(locale, fc.array(weirdSlug, { minLength: 1, maxLength: 3 })), 20, 5).map(
      ([lang, parts]) => `/${lang}/x${parts.join('/')}`,
    ),
  )

  // Exports: bad formats, and good formats with bad filters.
  const format = fc.oneof(
    fc.constantFrom(
      'csv',
      'json',
      'docx',
      'CSV',
      ' csv',
      'csv%00',
      'pdf',
      'xlsx',
      '',
      'toString',
      '__proto__',
      'constructor',
      'valueOf',
      'csv,json',
    ),
    junk,
  )
  for (const [lang, fmt, filters, addressed] of sample(
    fc.tuple(locale, format, fc.array(filterPair, { maxLength: 5 }), fc.array(junk, { maxLength: 3 })),
    55,
    6,
  )) {
    add('export', [
      `/${lang}/export?${q([['format', fmt], ...filters, ...addressed.map((a): [string, string] => ['addressed', a])])}`,
    ])
  }
  // The print view reads the same selection as the exports.
  for (const [lang, filters, addressed] of sample(
    fc.tuple(locale, fc.array(filterPair, { maxLength: 5 }), fc.array(junk, { maxLength: 3 })),
    20,
    7,
  )) {
    add('print', [`/${lang}/print?${q([...filters, ...addressed.map((a): [string, string] => ['addressed', a])])}`])
  }
  add('export', [
    '/xx/export?format=csv',
    '/EN/export?format=json',
    '/en/export',
    '/en/export?format=csv&format=pdf',
    '/en/export?format=pdf&format=csv',
  ])

  // The REST API with crafted query parameters.
  const collection = fc.constantFrom(
    'good-practices',
    'assets',
    'threats',
    'guidelines',
    'references',
    'translations',
    'review-events',
    'users',
    'media',
    'payload-jobs',
    'nonexistent',
  )
  const field = fc.constantFrom(
    'slug',
    'title',
    'phase',
    '_status',
    'edition',
    'order',
    'id',
    'title.fr',
    'requirements.requirement',
    'edition.title',
    'assets.slug',
    'password',
    'email',
    'hash',
    'nonexistent',
    '__proto__',
    'constructor',
    'or',
    'and',
    '',
  )
  const operator = fc.constantFrom(
    'equals',
    'not_equals',
    'like',
    'contains',
    'in',
    'not_in',
    'all',
    'exists',
    'greater_than',
    'less_than_equal',
    'near',
    'within',
    'intersects',
    'nope',
    '__proto__',
  )
  const restParam = fc.oneof(
    fc.tuple(field, operator, junk).map(([f, op, v]): [string, string] => [`where[${f}][${op}]`, v]),
    // an object or a list where a value belongs
    fc
      .tuple(field, operator, fc.constantFrom('a', '0', '', '__proto__', '1001', '0][x'), junk)
      .map(([f, op, k, v]): [string, string] => [`where[${f}][${op}][${k}]`, v]),
    // `where` as JSON, well-formed or not
    fc
      .oneof(
        fc.constantFrom(
          '{"slug":{"equals":{"a":1}}}',
          '{"slug":{"all":["x"]}}',
          '{"slug":{"in":[{"a":1}]}}',
          '{"or":[{"slug":{"like":["x"]}}]}',
          '{"and":{"slug":{"equals":"x"}}}',
          '[1,2]',
          '{"slug":{"equals":null}}',
          '{"__proto__":{"equals":"x"}}',
          '{',
        ),
        junk,
      )
      .map((v): [string, string] => ['where', v]),
    junk.map((v): [string, string] => ['data', v]),
    fc.tuple(field, junk).map(([f, v]): [string, string] => [`where[or][0][and][0][${f}][equals]`, v]),
    fc.tuple(
      fc.constantFrom(
        'limit',
        'page',
        'depth',
        'sort',
        'locale',
        'fallback-locale',
        'draft',
        'select[title]',
        'populate',
        'joins',
        'trash',
        'where',
        'pagination',
      ),
      fc.oneof(
        fc.constantFrom(
          '-1',
          '0',
          '99',
          '1e9',
          '99999999999999999999',
          '1.5',
          'abc',
          'all',
          'xx',
          'true',
          'title',
          '-title',
          '-',
          'nonexistent',
          '__proto__',
          'title,-order',
        ),
        junk,
      ),
    ),
  )
  // (the same condition twice makes a list too)
  const restParams = fc
    .array(restParam, { minLength: 1, maxLength: 5 })
    .chain((params) => fc.subarray(params).map((again) => [...params, ...again]))
  for (const [coll, params] of sample(fc.tuple(collection, restParams), 70, 7))
    add('rest', [`/api/${coll}?${q(params)}`])
  add('rest', [
    '/api/good-practices?where[slug][equals]=encryption&locale=all&draft=true',
    '/api/good-practices?limit=-1&depth=99&sort=-nonexistent&locale=xx',
    '/api/good-practices/%00',
    '/api/good-practices/not-a-uuid',
    `/api/good-practices/${'9'.repeat(400)}`,
    '/api/good-practices?where=%7B%22slug%22%3A1%7D',
    '/api/users/me',
    '/api/access',
  ])

  // GraphQL with malformed bodies.
  const graphqlBodies = [
    '',
    '{',
    'null',
    '[]',
    '"query"',
    '{"query":1}',
    '{"query":"{"}',
    '{"query":"{ nope }"}',
    '{"query":"query { GoodPractices(limit: -1, page: -5) { docs { id title } } }"}',
    '{"query":"query { GoodPractices(where: { slug: { like: \\"%\\" } }, locale: xx) { docs { id } } }"}',
    `{"query":"${'{ a '.repeat(300)}${'} '.repeat(300)}"}`,
    `{"query":"query { ${'GoodPractices { docs { id } } '.repeat(50)} }"}`,
    '{"query":"mutation { createUser(data: { email: \\"x@y.z\\", password: \\"p\\" }) { id } }"}',
    '{"query":"query { Users { docs { email hash salt } } }"}',
    '{"query":"query { __schema { types { name } } }"}',
    '{"query":"query($x: Int) { GoodPractices(limit: $x) { docs { id } } }","variables":{"x":"abc"}}',
    '{"query":"{ GoodPractices { docs { id } } }","variables":"["}',
    '\u0000\u0001',
  ]
  // every operator of the GraphQL where types, with values of every shape
  const gqlValues = ['"x"', '["x"]', 'true', '1', 'null', '{ a: 1 }']
  for (const op of [
    'equals',
    'not_equals',
    'like',
    'contains',
    'in',
    'not_in',
    'all',
    'exists',
    'greater_than',
    'near',
  ]) {
    for (const [i, value] of gqlValues.entries()) {
      if ((i + op.length) % 2 === 0) continue // half of the pairs are enough
      const field = ['slug', 'title', 'order', 'phase'][i % 4]
      graphqlBodies.push(
        JSON.stringify({ query: `{ GoodPractices(where: { ${field}: { ${op}: ${value} } }) { docs { id } } }` }),
      )
    }
  }
  add('graphql', ['/api/graphql'], { method: 'GET' })
  list.push(
    ...graphqlBodies.map((body): Probe => ({
      group: 'graphql',
      target: '/api/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  )
  list.push(
    ...sample(anyText(200), 6, 8).map((body): Probe => ({
      group: 'graphql',
      target: '/api/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  )
  add('graphql', [
    `/api/graphql?${q([['query', '{ GoodPractices { docs { id } } }']])}`,
    `/api/graphql?${q([['query', '{']])}`,
  ])

  // The XLIFF exchange, anonymously.
  add('xliff', [
    '/api/translations/xliff',
    '/api/translations/xliff?language=fr',
    '/api/translations/xliff?language=xx&ids=%00',
  ])
  list.push(
    {
      group: 'xliff',
      target: '/api/translations/xliff',
      method: 'POST',
      headers: { 'content-type': 'application/xliff+xml' },
      body: '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"/></xliff>',
    },
    { group: 'xliff', target: '/api/translations/xliff', method: 'POST', body: '<?xml vers<ding="UTF-8"?>' },
  )
  return list
}

// ---------------------------------------------------------------------------------------------------------------
// What the answer must be

type Answer = {
  probe: Probe
  url: URL
  status: number
  type: string
  location: string | null
  disposition: string | null
  text: string
}

/** Markers of a stack trace or of the server's internals leaking into a response. */
const LEAKS = [
  /^\s*at .*(?:\(|\s)(?:\/|file:|node:)[^\s)]*:\d+(?::\d+)?\)?\s*$/m,
  /node_modules\//,
  /\b\w*Error: .*(?:\/work\/|\/src\/|\/\.next\/|file:\/\/)/,
  /\.next\/server\//,
  /SQLITE_\w+/,
  /\bat async\b/,
]

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
const htmlLang = (text: string) => /<html[^>]*\blang="([^"]*)"/.exec(text)?.[1]

/**
 * A 404 page in `lang`. Known Next 16.4 limitation (vercel/next.js#62228, open): `notFound()` thrown while a dynamic
 * page renders escapes React's server render, so the HTML Next sends is its error shell (`<html id="__next_error__">`,
 * no lang, empty body) and the localized 404 page arrives in the same response as the RSC payload, which the client
 * renders (`<html lang>` set, title in the page's language). Checked: the status, and that the payload renders the
 * layout in `lang` with the 404 view; and if Next ever server-renders the page, that its `<html lang>` is right.
 */
function checkNotFoundPage(answer: Answer, lang: Locale) {
  expect(answer.status).toBe(404)
  expect(answer.type).toContain('text/html')
  const ssrLang = htmlLang(answer.text)
  if (ssrLang === undefined) expect(answer.text).toContain('<html id="__next_error__">')
  else expect(ssrLang).toBe(lang)
  expect(answer.text).toContain(`[\\"$\\",\\"html\\",null,{\\"lang\\":\\"${lang}\\"`)
  expect(answer.text).toContain('NotFoundView')
  expect(answer.text).toContain(JSON.stringify(t(lang, 'notFoundTitle')).slice(1, -1))
}

/** The checks every answer gets, then the ones its path calls for. */
function check(answer: Answer, known: { values: KnownValues; slugs: Record<DetailKind, string[]> }) {
  const { url, status } = answer
  expect(status).toBeLessThan(500)
  for (const leak of LEAKS) expect(answer.text).not.toMatch(leak)
  if (status === 431 || status === 414) return // request line or headers over Node's limits: refused before the app
  const segments = url.pathname.split('/').slice(1)
  const [first = '', second, third] = segments.map(decode)
  if (url.pathname === '/') {
    expect(status).toBe(307)
    expect(isLocale(new URL(answer.location!, url).pathname.slice(1))).toBe(true)
    return
  }
  if (first === 'api') {
    if (answer.probe.group === 'xliff') expect(status).toBe(401)
    if (answer.probe.group === 'rest') expect(answer.type).toContain('application/json')
    if (answer.probe.group === 'graphql' && answer.type.includes('json')) {
      // GraphQL answers errors inside a 200: none of them may be a server error either...
      const errors = (
        (JSON.parse(answer.text) as { errors?: Array<{ message: string; extensions?: { statusCode?: number } }> })
          .errors ?? []
      ).filter((e) => (e.extensions?.statusCode ?? 0) >= 500)
      // ...but two, Payload limitations the REST guard cannot reach inside a GraphQL document: the `all` operator is in
      // Payload's GraphQL where types, yet its SQL adapter does not implement it ("operators[…] is not a function"),
      // and a negative `limit` with a `page` makes SQL it cannot run ("near offset: syntax error"). Payload hides
      // the details ("Something went wrong."), so nothing leaks; the HTTP status stays 200.
      const body = answer.probe.body ?? ''
      const known = /\ball:/.test(body) || (/\blimit:\s*-\d/.test(body) && /\bpage:/.test(body))
      expect(errors.map((e) => e.message)).toEqual(known ? errors.map(() => 'Something went wrong.') : [])
    }
    return
  }
  if (url.pathname.endsWith('/')) {
    // Next's canonical form has no trailing slash
    expect(status).toBe(308)
    expect(new URL(answer.location!, url).pathname).toBe(url.pathname.replace(/\/+$/, '') || '/')
    return
  }
  if (segments.some((s) => decode(s) === null)) {
    // a path that is not valid percent-encoded UTF-8: refused by src/proxy.ts (Next alone answers 500)
    expect(status).toBe(400)
    return
  }
  if (!isLocale(first)) {
    if (second === 'export' && segments.length === 2) {
      expect(status).toBe(404)
      return
    }
    return checkNotFoundPage(answer, 'en')
  }
  const lang = first
  if (segments.length === 1) {
    // the tool: 200, in its language, every unknown filter value named on the page
    expect(status).toBe(200)
    expect(htmlLang(answer.text)).toBe(lang)
    const { unknown } = parseFilters(url.searchParams, known.values)
    const missing = unknown
      .map((u) => `${u.param}=${u.value}`)
      .filter((mention) => !answer.text.includes(escapeHtml(mention)))
    expect(missing).toEqual([])
    if (unknown.length > 0)
      expect(answer.text).toContain(escapeHtml(messagesFor(lang).ignoredValues.split('{values}')[0]!.trim()))
    return
  }
  if (second === 'export' && segments.length === 2) {
    const fmt = url.searchParams.get('format') ?? ''
    if (Object.hasOwn(EXPORT_TYPES, fmt)) {
      expect(status).toBe(200)
      expect(answer.type).toBe(EXPORT_TYPES[fmt as keyof typeof EXPORT_TYPES])
      expect(answer.disposition).toMatch(
        /^attachment; filename="procuresec_[a-z0-9-]+_[a-z]{2}_[a-z0-9+-]+\.(csv|json|docx)"$/,
      )
    } else {
      expect(status).toBe(400)
      expect(answer.text).toBe(t(lang, 'exportBadFormat'))
    }
    return
  }
  if (second === 'print' && segments.length === 2) {
    // the print view: 200, in its language, whatever the filters and ticks say
    expect(status).toBe(200)
    expect(htmlLang(answer.text)).toBe(lang)
    return
  }
  if (segments.length === 3 && second && second in DETAIL_KINDS && known.slugs[second as DetailKind].includes(third!)) {
    expect(status).toBe(200)
    expect(htmlLang(answer.text)).toBe(lang)
    return
  }
  checkNotFoundPage(answer, lang)
}

async function send(probe: Probe): Promise<Answer> {
  const url = new URL(probe.target, baseUrl())
  const response = await fetch(url, {
    method: probe.method ?? 'GET',
    headers: probe.headers,
    body: probe.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  })
  const type = response.headers.get('content-type') ?? ''
  const bytes = new Uint8Array(await response.arrayBuffer())
  // docx is a zip: only text is searched for leaks
  const text = type.includes('wordprocessingml') ? '' : new TextDecoder().decode(bytes)
  return {
    probe,
    url,
    status: response.status,
    type,
    location: response.headers.get('location'),
    disposition: response.headers.get('content-disposition'),
    text,
  }
}

// ---------------------------------------------------------------------------------------------------------------

let known: { values: KnownValues; slugs: Record<DetailKind, string[]> }

beforeAll(async () => {
  const slugs = async (collection: string) =>
    (
      (await (await fetch(`${baseUrl()}/api/${collection}?locale=en&depth=0&limit=500&select[slug]=true`)).json()) as {
        docs: Array<{ slug: string }>
      }
    ).docs.map((d) => d.slug)
  const [assets, threats, editions, practices] = await Promise.all([
    slugs('assets'),
    slugs('threats'),
    slugs('guidelines'),
    slugs('good-practices'),
  ])
  known = {
    values: {
      assets: new Set(assets),
      threats: new Set(threats),
      editions: new Set(editions),
      practices: new Set(practices),
    },
    slugs: { 'good-practices': practices, assets, threats, guidelines: editions },
  }
  expect(practices.length).toBe(28)
})

describe('HTTP fuzzing', () => {
  it('answers a few hundred malformed, oversized and hostile requests without a 5xx or a stack trace', async () => {
    const all = probes(known)
    const answers: Answer[] = []
    const failures: string[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < all.length) {
          const probe = all[next++]!
          const answer = await send(probe)
          answers.push(answer)
          try {
            check(answer, known)
          } catch (error) {
            failures.push(
              `${probe.method ?? 'GET'} ${probe.target.slice(0, 4000)}${probe.body ? ` body=${JSON.stringify(probe.body.slice(0, 200))}` : ''}\n  → ${answer.status} ${answer.type}\n  ${(error as Error).message.split('\n').slice(0, 8).join('\n  ')}\n  body: ${answer.text.slice(0, 300).replace(/\s+/g, ' ')}`,
            )
          }
        }
      }),
    )
    const histogram: Record<string, number> = {}
    for (const { probe, status } of answers) {
      histogram[status] = (histogram[status] ?? 0) + 1
      histogram[`${probe.group}:${status}`] = (histogram[`${probe.group}:${status}`] ?? 0) + 1
    }
    console.log(
      `fuzz: ${answers.length} requests (seed ${SEED})`,
      JSON.stringify(histogram, Object.keys(histogram).sort(), 1),
    )
    if (process.env.FUZZ_FAILURES) writeFileSync(process.env.FUZZ_FAILURES, failures.join('\n\n'))
    expect(answers.length).toBeGreaterThanOrEqual(300)
    expect(failures.slice(0, 25)).toEqual([])
  }, 180_000)
})
