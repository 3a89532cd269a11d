import type { RelationshipField, Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { L } from '@/translations/admin/labels'

type Linked = 'assets' | 'threats'

/** Related links name what the practice is not key for: an asset type or threat is in one list or the other. */
export const notAlsoKey =
  (keyField: Linked): Validate =>
  (value, { siblingData }) => {
    const key = new Set(
      ((siblingData as Record<string, unknown[] | undefined>)[keyField] ?? []).map((v) => String(idOf(v))),
    )
    const both = ((value as unknown[] | null | undefined) ?? []).filter((v) => key.has(String(idOf(v))))
    return both.length === 0
      ? true
      : `Each one is either key or related, not both: remove it from one of the two lists.`
  }

/**
 * The links of a practice to asset types (or threats) with their strength: `assets` are those it is key for (one of
 * the few practices that matter most there), `relatedAssets` those it is merely related to (src/catalog/match.ts).
 */
export function relevanceLinks(name: Linked): RelationshipField[] {
  const related = name === 'assets' ? 'relatedAssets' : 'relatedThreats'
  return [
    {
      name,
      type: 'relationship',
      relationTo: name,
      hasMany: true,
      index: true,
      label: L(`field.${name}`),
      admin: { description: L(`field.${name}.description`) },
    },
    {
      name: related,
      type: 'relationship',
      relationTo: name,
      hasMany: true,
      index: true,
      label: L(`field.${related}`),
      validate: notAlsoKey(name),
      admin: { description: L(`field.${related}.description`) },
    },
  ]
}
