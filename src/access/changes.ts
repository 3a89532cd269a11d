// Which fields a write changes, with their owners (./policy.ts): what the access hook refuses and what the review
// workflow counts as an edit. Pure: the data being saved against the stored document.
import type { Field } from 'payload'

import { idOf } from '@/fields/relationship'

import { ownerOf } from './fieldPolicy'
import type { FieldOwner } from './policy'

export type Change = { path: string; owner: FieldOwner }

/** A value reduced to what matters for "did it change": ids for links, no key order, empty lists as nothing. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => canonical(idOf(item)))
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('relationTo' in record && 'value' in record) return `${String(record.relationTo)}:${String(idOf(record.value))}`
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    )
  }
  return value
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(idOf(a))) === JSON.stringify(canonical(idOf(b)))

type Rows = Array<Record<string, unknown>>

/**
 * The fields whose value in `data` differs from `original`, for `collection` (owners from the policy). A field absent
 * from `data` is unchanged. Array rows count as a change of the array itself when rows are added, removed or moved.
 */
export function changedFields(
  collection: string,
  fields: Field[],
  data: Record<string, unknown> | undefined,
  original: Record<string, unknown> | undefined,
): Change[] {
  const changes: Change[] = []
  const walk = (
    fields: Field[],
    data: Record<string, unknown> | undefined,
    original: Record<string, unknown> | undefined,
    shownPrefix: string,
    policyPrefix: string,
    insideLocalized: boolean,
  ) => {
    for (const field of fields) {
      if (
        field.type === 'row' ||
        field.type === 'collapsible' ||
        (field.type === 'group' && !('name' in field && field.name))
      ) {
        walk(field.fields, data, original, shownPrefix, policyPrefix, insideLocalized)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name)
            walk(
              tab.fields,
              data?.[tab.name] as Record<string, unknown>,
              original?.[tab.name] as Record<string, unknown>,
              `${shownPrefix}${tab.name}.`,
              `${policyPrefix}${tab.name}.`,
              insideLocalized || Boolean(tab.localized),
            )
          else walk(tab.fields, data, original, shownPrefix, policyPrefix, insideLocalized)
        }
        continue
      }
      if (
        !('name' in field) ||
        !field.name ||
        field.name === 'id' ||
        field.type === 'ui' ||
        field.type === 'join' ||
        ('virtual' in field && field.virtual)
      )
        continue
      if (!data || !(field.name in data)) continue
      const path = `${policyPrefix}${field.name}`
      const shown = `${shownPrefix}${field.name}`
      const localized = insideLocalized || Boolean('localized' in field && field.localized)
      const owner = ownerOf(collection, path, localized)
      const next = data[field.name]
      const before = original?.[field.name]
      if (field.type === 'group') {
        walk(
          field.fields,
          next as Record<string, unknown>,
          before as Record<string, unknown>,
          `${shown}.`,
          `${path}.`,
          localized,
        )
      } else if (field.type === 'array') {
        const rows = (next as Rows | null) ?? []
        const stored = (before as Rows | null) ?? []
        const moved =
          rows.length !== stored.length || rows.some((row, i) => row.id && stored[i]?.id && row.id !== stored[i]!.id)
        if (moved) changes.push({ path: shown, owner })
        else rows.forEach((row, i) => walk(field.fields, row, stored[i], `${shown}.${i}.`, `${path}.`, localized))
      } else if (!same(next, before)) {
        changes.push({ path: shown, owner })
      }
    }
  }
  walk(fields, data, original, '', '', false)
  return changes
}

/** Changes to content (texts and language-independent values), leaving out what the server and the workflow own. */
export const contentChanges = (changes: Change[]): Change[] =>
  changes.filter((c) => c.owner === 'text' || c.owner === 'shared')
