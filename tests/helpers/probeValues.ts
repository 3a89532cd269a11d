// A new value for one field of a stored document, as each door takes it, and a way to tell whether it was stored: the
// generated access tests write it and read the document back.
import type { Field } from 'payload'

import type { PathedField } from '@/access/fieldPolicy'
import { idOf } from '@/fields/relationship'
import { paragraphsToLexical } from '@/richtext/paragraphs'

type Doc = Record<string, unknown>
export type Candidates = Record<string, string[]> // ids of documents a relationship may point to, by collection

export type Probe = {
  /** The request body (REST, Local API). */
  data: Doc
  /** The same for GraphQL (enums and links in its input shape). */
  graphqlData: Doc
  /** Was the value stored, judging by the document read back? */
  stored: (doc: Doc) => boolean
}

const asId = (value: unknown) => {
  if (value && typeof value === 'object' && 'relationTo' in (value as object))
    return `${(value as Doc).relationTo}:${String(idOf((value as Doc).value))}`
  return idOf(value)
}

/** GraphQL enum names as Payload makes them from option values. */
export const enumName = (value: string) =>
  (/^\d/.test(value) ? `_${value}` : value).replace(/[.\-/+,()' []/g, '_').replace(/ /g, '')

/** A value for `field` that differs from `current`, or undefined when none can be made. */
export function valueFor(
  field: Field & { name: string },
  current: unknown,
  n: number,
  candidates: Candidates,
): unknown {
  const name = field.name
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      if (name === 'slug') return `probe-${n}`
      if (/url$/i.test(name) || name === 'sourceUrl') return `https://probe.example/${n}`
      if (name === 'code') return `PROBE${n}`
      if (name === 'filename') return `probe-${n}.png`
      if (name === 'mimeType') return 'image/webp'
      return field.type === 'text' ? `Probe ${n}` : `Probe text ${n}`
    case 'email':
      return `probe-${n}@example.test`
    case 'number':
      return name === 'focalX' || name === 'focalY' ? (current === 30 ? 70 : 30) : 1000 + n
    case 'checkbox':
      return !current
    case 'date':
      return new Date(Date.UTC(2031, n % 12, 1 + (n % 27))).toISOString()
    case 'select':
    case 'radio': {
      const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      if ('hasMany' in field && field.hasMany) {
        const have = (current as string[] | null) ?? []
        const extra = options.find((o) => !have.includes(o))
        return extra ? [...have, extra] : undefined
      }
      return options.find((o) => o !== current)
    }
    case 'relationship':
    case 'upload': {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      const currentIds = new Set(
        [current]
          .flat()
          .map((v) => String(idOf(v && typeof v === 'object' && 'value' in (v as object) ? (v as Doc).value : v))),
      )
      for (const target of targets) {
        const pool =
          field.type === 'upload' && 'filterOptions' in field && field.filterOptions
            ? (candidates[`${target}:pdf`] ?? [])
            : (candidates[target] ?? [])
        const id = pool.find((candidate) => !currentIds.has(candidate))
        if (!id) continue
        const value = Array.isArray(field.relationTo) ? { relationTo: target, value: id } : id
        return 'hasMany' in field && field.hasMany ? [value] : value
      }
      return undefined
    }
    case 'richText':
      return paragraphsToLexical([`Probe ${n}`])
    case 'json':
      return { probe: n }
    default:
      return undefined
  }
}

/** Converts REST/Local data into GraphQL input: option values become enum names, links become ids. */
export function toGraphql(fields: Field[], data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data
  const out: Doc = {}
  for (const [key, value] of Object.entries(data as Doc)) {
    const field = findField(fields, key)
    if (!field) {
      out[key] = value
      continue
    }
    out[key] = convert(field, value)
  }
  return out
}

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

function convert(field: Field, value: unknown): unknown {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'select':
    case 'radio':
      return Array.isArray(value) ? value.map((v) => enumName(String(v))) : enumName(String(value))
    case 'relationship':
    case 'upload': {
      const one = (v: unknown) =>
        v && typeof v === 'object' && 'relationTo' in (v as object)
          ? { relationTo: enumName(String((v as Doc).relationTo)), value: String(idOf((v as Doc).value)) }
          : String(idOf(v))
      return Array.isArray(value) ? value.map(one) : one(value)
    }
    case 'group':
      return toGraphql(field.fields, value)
    case 'array':
      return (value as Doc[]).map((row) => toGraphql(field.fields, row))
    default:
      return value
  }
}

const canonical = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map(asId) : asId(value ?? null))

/** Sets `value` at `path` (dotted, through groups) of a copy of `doc`'s top-level field. */
function withValue(doc: Doc, path: string[], value: unknown): Doc {
  const [head, ...rest] = path
  if (rest.length === 0) return { [head!]: value }
  const inner = (doc[head!] as Doc | null) ?? {}
  return { [head!]: { ...inner, ...withValue(inner, rest, value) } }
}

const at = (doc: Doc | undefined, path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Doc)[key] : undefined), doc)

/**
 * The probe of one field: a new value for it, in a body that leaves everything else as stored. Array rows are
 * probed by adding a row (the array) or by changing the first row (a field of the rows). Null when the field cannot
 * be given a new value here.
 */
export function probe(
  collectionFields: Field[],
  pathed: PathedField,
  current: Doc,
  n: number,
  candidates: Candidates,
  arrays: Map<string, Field & { type: 'array' }>,
): Probe | null {
  const segments = pathed.path.split('.')
  // A field inside rows: "requirements.evidence" is changed in the first row.
  const arrayIndex = segments.findIndex((_, i) => arrays.has(segments.slice(0, i + 1).join('.')))
  if (arrayIndex >= 0 && arrayIndex < segments.length - 1) {
    const arrayPath = segments.slice(0, arrayIndex + 1)
    const rows = (at(current, arrayPath) as Doc[] | undefined) ?? []
    if (rows.length === 0) return null
    const inRow = segments.slice(arrayIndex + 1)
    const value = valueFor(pathed.field, at(rows[0], inRow), n, candidates)
    if (value === undefined) return null
    const changedRows = rows.map((row, i) => (i === 0 ? { ...row, ...withValue(row, inRow, value) } : row))
    const data = withValue(current, arrayPath, changedRows)
    return {
      data,
      graphqlData: toGraphql(collectionFields, data) as Doc,
      stored: (doc) => canonical(at(((at(doc, arrayPath) as Doc[] | undefined) ?? [])[0], inRow)) === canonical(value),
    }
  }
  if (pathed.field.type === 'array') {
    const rows = (at(current, segments) as Doc[] | undefined) ?? []
    const newRow: Doc = {}
    for (const sub of pathed.field.fields) {
      if ('name' in sub && sub.name === 'id' && 'required' in sub && sub.required) newRow.id = `probe-row-${n}`
      if (!('name' in sub) || sub.name === 'id') continue
      const value = valueFor(sub as Field & { name: string }, undefined, n, candidates)
      if (value !== undefined) newRow[sub.name] = value
    }
    const data = withValue(current, segments, [...rows, newRow])
    return {
      data,
      graphqlData: toGraphql(collectionFields, data) as Doc,
      stored: (doc) => ((at(doc, segments) as Doc[] | undefined) ?? []).length === rows.length + 1,
    }
  }
  const value = valueFor(pathed.field, at(current, segments), n, candidates)
  if (value === undefined) return null
  const data = withValue(current, segments, value)
  const richText = pathed.field.type === 'richText'
  return {
    data,
    graphqlData: toGraphql(collectionFields, data) as Doc,
    stored: (doc) =>
      richText
        ? JSON.stringify(at(doc, segments) ?? null).includes(`Probe ${n}"`)
        : canonical(at(doc, segments)) === canonical(value),
  }
}
