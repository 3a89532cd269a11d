import type { NumberField } from 'payload'
import { L } from '@/translations/admin/labels'

/** Position in lists (ascending). */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  label: L('field.order'),
  required: true,
  defaultValue: 0,
  index: true,
  admin: { position: 'sidebar', step: 1 },
})
