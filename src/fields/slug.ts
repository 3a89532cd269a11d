import type { TextField } from 'payload'
import { L } from '@/translations/admin/labels'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Pure check, shared by the field and the seed: lowercase words joined by single hyphens. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > 120) return 'A slug has at most 120 characters.'
  if (!SLUG_PATTERN.test(value))
    return 'Use lowercase letters, digits and single hyphens only (e.g. "medical-devices").'
  return true
}

/** A stable identifier used in URLs and exports. Not translated: the same in every language. */
export const slugField = (overrides: Partial<Omit<TextField, 'type'>> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: L('field.slug'),
    required: true,
    unique: true,
    index: true,
    validate: (value: unknown) => validateSlug(value),
    ...overrides,
    admin: { position: 'sidebar', description: L('field.slug.description'), ...overrides.admin },
  }) as TextField
