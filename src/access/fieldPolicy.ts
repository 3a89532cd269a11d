// The fields of a collection with their paths, and who owns and reads each one (./policy.ts).
import type { Field } from 'payload'

import { policyOf, type FieldOwner, type FieldReaders } from './policy'

/** A field that holds data, with its dotted path (`provenance.note`, `requirements.evidence`). */
export type PathedField = { path: string; field: Field & { name: string }; localized: boolean; depth: number }

/** Every data field of `fields`, depth first (rows, collapsibles and unnamed tabs are looked through). */
export function fieldsWithPaths(fields: Field[], prefix = '', insideLocalized = false, depth = 0): PathedField[] {
  const found: PathedField[] = []
  for (const field of fields) {
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      found.push(...fieldsWithPaths(field.fields, prefix, insideLocalized, depth))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          found.push(
            ...fieldsWithPaths(
              tab.fields,
              `${prefix}${tab.name}.`,
              insideLocalized || Boolean(tab.localized),
              depth + 1,
            ),
          )
        else found.push(...fieldsWithPaths(tab.fields, prefix, insideLocalized, depth))
      }
      continue
    }
    if (!('name' in field) || !field.name || field.type === 'ui') continue
    const path = `${prefix}${field.name}`
    const localized = insideLocalized || Boolean('localized' in field && field.localized)
    found.push({ path, field: field as Field & { name: string }, localized, depth })
    if ((field.type === 'group' || field.type === 'array') && 'fields' in field) {
      found.push(...fieldsWithPaths(field.fields, `${path}.`, localized, depth + 1))
    }
  }
  return found
}

/**
 * Who writes the field at `path` of `collection`: declared in the policy for it or for a group or list it is in
 * (`sizes` covers `sizes.thumbnail.url`), else 'text' when localized, else 'shared'.
 */
export function ownerOf(collection: string, path: string, localized: boolean): FieldOwner {
  const fields = policyOf(collection)?.fields ?? {}
  const segments = path.split('.')
  for (let end = segments.length; end > 0; end--) {
    const owner = fields[segments.slice(0, end).join('.')]?.owner
    if (owner) return owner
  }
  return localized ? 'text' : 'shared'
}

export function readersOf(collection: string, path: string): FieldReaders {
  return policyOf(collection)?.fields[path]?.read ?? 'anyone'
}
