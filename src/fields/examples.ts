import type { Field } from 'payload'

import { L } from '@/translations/admin/labels'

/** Short localized examples of what an asset type covers or what a threat looks like; shown and searched. */
export const examplesField = (): Field => ({
  name: 'examples',
  type: 'array',
  label: L('field.examples'),
  labels: { singular: L('field.examples.singular'), plural: L('field.examples') },
  fields: [{ name: 'example', type: 'text', localized: true, label: L('field.example') }],
})
