import type { Field } from 'payload'

/** Fields every write may carry without it being an edit (bookkeeping). */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'reviewStatus', 'reviewComment', 'lastEditedBy'])

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in (value as object) ? (value as { id: unknown }).id : value

const normalise = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map(idOf) : idOf(value ?? null))

/**
 * Paths of language-independent values (not localized: slug, links, phase, array rows…) that differ between what is
 * being saved and what is stored. A translator may change none of them.
 */
export function changedLanguageIndependent(fields: Field[], data: Record<string, unknown> | undefined, original: Record<string, unknown> | undefined, prefix = ''): string[] {
  const changed: string[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      changed.push(...changedLanguageIndependent(field.fields, data, original, prefix))
      continue
    }
    if (field.type === 'tabs' || !('name' in field) || IGNORED.has(field.name)) continue
    if ('localized' in field && field.localized) continue
    const path = `${prefix}${field.name}`
    if (!data || !(field.name in data)) continue
    const next = data[field.name]
    const before = original?.[field.name]
    if (field.type === 'group') {
      changed.push(...changedLanguageIndependent(field.fields, next as Record<string, unknown>, before as Record<string, unknown>, `${path}.`))
    } else if (field.type === 'array') {
      const rows = (next as Array<Record<string, unknown>> | null) ?? []
      const stored = (before as Array<Record<string, unknown>> | null) ?? []
      if (rows.length !== stored.length || rows.some((row, i) => row.id && stored[i]?.id && row.id !== stored[i]!.id)) changed.push(path)
      else rows.forEach((row, i) => changed.push(...changedLanguageIndependent(field.fields, row, stored[i], `${path}.${i}.`)))
    } else if (field.type !== 'ui' && field.type !== 'join' && normalise(next) !== normalise(before)) {
      changed.push(path)
    }
  }
  return changed
}

/** Did the content of the current language change (any localized value)? */
export function changedLocalized(fields: Field[], data: Record<string, unknown> | undefined, original: Record<string, unknown> | undefined, insideLocalized = false): boolean {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      if (changedLocalized(field.fields, data, original, insideLocalized)) return true
      continue
    }
    if (field.type === 'tabs' || !('name' in field) || IGNORED.has(field.name)) continue
    if (!data || !(field.name in data)) continue
    const localized = insideLocalized || Boolean('localized' in field && field.localized)
    const next = data[field.name]
    const before = original?.[field.name]
    if (field.type === 'group') {
      if (changedLocalized(field.fields, next as Record<string, unknown>, before as Record<string, unknown>, localized)) return true
    } else if (field.type === 'array') {
      const rows = (next as Array<Record<string, unknown>> | null) ?? []
      const stored = (before as Array<Record<string, unknown>> | null) ?? []
      if (localized && normalise(rows) !== normalise(stored)) return true
      if (rows.some((row, i) => changedLocalized(field.fields, row, stored[i], localized))) return true
    } else if (localized && field.type !== 'ui' && field.type !== 'join' && JSON.stringify(next ?? null) !== JSON.stringify(before ?? null)) {
      return true
    }
  }
  return false
}
