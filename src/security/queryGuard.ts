// Checks a REST query before Payload runs it. Payload 3.90 with the SQL adapters answers some malformed queries with a
// 500 instead of a 400: a `where` or `data` parameter that is not JSON (`?where=x`), an operator the SQL adapter does
// not implement (`all`, `near`, `within`, `intersects`: "operators[…] is not a function"), an object or a list where a
// value belongs (`?where[slug][equals][a]=1`, a repeated `where[slug][equals]`: "SQLite3 can only bind numbers,
// strings…"), and pagination the SQL cannot express (`?limit=-1&page=2`, `?limit=1.5&page=2`, `?limit=1e300`:
// "near offset: syntax error"). Pure.

/** The operators the SQL adapters implement (@payloadcms/drizzle's operator map). */
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])

/** The operators that take a list (`[in][0]=a&[in][1]=b`, `{"in":["a","b"]}`); the others crash on one. */
const LIST_OPERATORS: ReadonlySet<string> = new Set(['in', 'not_in'])

const CONNECTIVES = new Set(['and', 'or'])
const isIndex = (segment: string) => segment === '' || /^\d+$/.test(segment)
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

const valueProblem = (field: string, operator: string) =>
  LIST_OPERATORS.has(operator)
    ? `The value of "${field}" "${operator}" must be a text, a number or a list of them.`
    : `The value of "${field}" "${operator}" must be a text or a number.`

/**
 * One bracketed query key, e.g. `where[or][0][slug][in][1]`, split into its segments (`or`, `0`, `slug`, `in`, `1`).
 * A key Payload's query parser would not read as `where` (no brackets, text after them) gives null.
 */
function segmentsOf(key: string): string[] | null {
  const match = /^where((?:\[[^[\]]*\])+)$/.exec(key)
  return match ? [...match[1]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!) : null
}

/**
 * The problem with one bracketed condition (`[field][operator]`, after any `and`/`or` levels), or null. `seen` holds
 * the conditions met so far: a repeated `where[slug][equals]` makes a list too, and only list operators take one.
 */
function keyProblem(segments: string[], seen: Set<string>): string | null {
  let i = 0
  // and/or levels: `[or][0]…`
  while (i < segments.length && CONNECTIVES.has(segments[i]!)) {
    i += 1
    if (i < segments.length && isIndex(segments[i]!)) i += 1
  }
  const field = segments[i]
  const operator = segments[i + 1]
  // `where[slug]=x` and the like: Payload refuses these itself, with a 400
  if (field === undefined || operator === undefined) return null
  if (!SUPPORTED_OPERATORS.has(operator)) return `The operator "${operator}" is not supported.`
  if (LIST_OPERATORS.has(operator)) {
    // after a list operator only a list position may follow (`[in][0]`, `[in][]`)
    const rest = segments.slice(i + 2)
    return rest.length === 0 || (rest.length === 1 && isIndex(rest[0]!)) ? null : valueProblem(field, operator)
  }
  const condition = segments.slice(0, i + 2).join('\u0000')
  if (segments.length > i + 2 || seen.has(condition)) return valueProblem(field, operator)
  seen.add(condition)
  return null
}

/** The problem with a `where` given as JSON (`?where={"slug":{"equals":"x"}}`), or null. */
function jsonProblem(where: unknown, depth = 0): string | null {
  if (depth > 20) return 'The query is nested too deeply.'
  if (where === null || typeof where !== 'object') return null // Payload ignores a scalar `where`
  for (const [key, value] of Object.entries(where)) {
    if (CONNECTIVES.has(key)) {
      for (const part of Array.isArray(value) ? value : [value]) {
        const problem = jsonProblem(part, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue // Payload refuses these itself
    for (const [operator, operand] of Object.entries(value)) {
      if (!SUPPORTED_OPERATORS.has(operator)) return `The operator "${operator}" is not supported.`
      const ok =
        isScalar(operand) || (Array.isArray(operand) && LIST_OPERATORS.has(operator) && operand.every(isScalar))
      if (!ok) return valueProblem(key, operator)
    }
  }
  return null
}

/** Payload reads `limit` and `page` when they are numbers (its isNumber): they must then be whole, `limit` not negative. */
function paginationProblem(key: string, value: string): string | null {
  if (value.trim() === '' || Number.isNaN(Number(value))) return null // not a number: Payload ignores it
  const n = Number(value)
  if (!Number.isSafeInteger(n)) return `"${key}" must be a whole number.`
  if (key === 'limit' && n < 0) return '"limit" must be 0 (no limit) or more.'
  return null
}

/** Why Payload could not run this query string (a message for a 400 answer), or null when it can. */
export function queryProblem(query: URLSearchParams): string | null {
  const seen = new Set<string>()
  for (const [key, value] of query) {
    if (key === 'limit' || key === 'page') {
      const problem = paginationProblem(key, value)
      if (problem) return problem
      continue
    }
    // Payload reads `where` and `data` given as a plain parameter as JSON
    if ((key === 'where' || key === 'data') && value !== '') {
      let parsed: unknown
      try {
        parsed = JSON.parse(value)
      } catch {
        return key === 'where'
          ? 'The "where" parameter must be JSON or given as where[field][operator]=value.'
          : 'The "data" parameter must be JSON.'
      }
      const problem = key === 'where' ? jsonProblem(parsed) : null
      if (problem) return problem
      continue
    }
    const segments = key.startsWith('where[') ? segmentsOf(key) : null
    const problem = segments && keyProblem(segments, seen)
    if (problem) return problem
  }
  return null
}
