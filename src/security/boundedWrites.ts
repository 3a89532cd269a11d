// Size limits on every save, drafts included: Payload checks `maxLength` only when it validates, and it does not
// validate draft saves, so a 25 MB summary saved as a draft went into the database and its version history.
// Fields without a declared limit get the defaults of src/fields/limits.ts. Pure checks; the hook applies them.
import type { CollectionBeforeChangeHook, Field } from 'payload'

import { DEFAULT_LIMITS } from '@/fields/limits'
import { Refused } from '@/errors/refused'

type Limited = { path: string; problem: string }

const size = (value: unknown) => (typeof value === 'string' ? [...value].length : JSON.stringify(value ?? null).length)

/** The values in `data` over their field's limit, with a sentence each. */
export function oversizedValues(fields: Field[], data: Record<string, unknown> | undefined, prefix = ''): Limited[] {
  const found: Limited[] = []
  if (!data || typeof data !== 'object') return found
  for (const field of fields) {
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      found.push(...oversizedValues(field.fields, data, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        found.push(
          ...oversizedValues(
            tab.fields,
            'name' in tab && tab.name ? (data[tab.name] as Record<string, unknown>) : data,
            'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          ),
        )
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) continue
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code': {
        const max =
          ('maxLength' in field && field.maxLength) ||
          (field.type === 'text' || field.type === 'email' ? DEFAULT_LIMITS.text : DEFAULT_LIMITS.textarea)
        const values = Array.isArray(value) ? value : [value]
        if (values.some((v) => size(v) > max)) found.push({ path, problem: `${path}: at most ${max} characters.` })
        break
      }
      case 'richText':
        if (size(value) > DEFAULT_LIMITS.richText)
          found.push({
            path,
            problem: `${path}: the text is too long (at most ${DEFAULT_LIMITS.richText} characters of content and formatting).`,
          })
        break
      case 'json':
        if (size(value) > DEFAULT_LIMITS.json)
          found.push({ path, problem: `${path}: at most ${DEFAULT_LIMITS.json} characters of JSON.` })
        break
      case 'group':
        found.push(...oversizedValues(field.fields, value as Record<string, unknown>, `${path}.`))
        break
      case 'array': {
        const rows = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []
        const max = field.maxRows ?? DEFAULT_LIMITS.rows
        if (rows.length > max) found.push({ path, problem: `${path}: at most ${max} rows.` })
        else rows.forEach((row, i) => found.push(...oversizedValues(field.fields, row, `${path}.${i}.`)))
        break
      }
      default:
        break
    }
  }
  return found
}

export const refuseOversizedValues: CollectionBeforeChangeHook = ({ data, collection }) => {
  const found = oversizedValues(collection.fields, data)
  if (found.length > 0)
    throw new Refused(
      `Nothing was saved: ${found
        .slice(0, 5)
        .map((f) => f.problem)
        .join(' ')}`,
      400,
    )
  return data
}
