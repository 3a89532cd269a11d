import type { NumberField } from 'payload'

/** Position in lists (ascending). */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  required: true,
  defaultValue: 0,
  index: true,
  admin: { position: 'sidebar', step: 1 },
})
