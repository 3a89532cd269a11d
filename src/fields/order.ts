import type { NumberField } from 'payload'
import { L } from '@/translations/admin/labels'

/** Position in lists (ascending). */
export const orderField = (overrides: Partial<Omit<NumberField, 'type'>> = {}): NumberField =>
  ({
    name: 'order',
    type: 'number',
    label: L('field.order'),
    required: true,
    defaultValue: 0,
    index: true,
    ...overrides,
    admin: { position: 'sidebar', step: 1, ...overrides.admin },
  }) as NumberField
