import type { GroupField } from 'payload'

import { PROVENANCE_STATUSES } from '@/catalog/taxonomy'
import { L } from '@/translations/admin/labels'

/** Where a text comes from, shown to editors and to the public: verified against ENISA, reconstructed, or our proposal. */
export const provenanceField = (overrides: Partial<Pick<GroupField, 'label' | 'admin'>> = {}): GroupField => ({
  name: 'provenance',
  type: 'group',
  label: L('field.provenance'),
  ...overrides,
  admin: { position: 'sidebar', ...overrides.admin },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: L('field.provenanceStatus'),
      required: true,
      defaultValue: 'proposed',
      options: PROVENANCE_STATUSES.map((value) => ({ label: L(`option.provenance.${value}`), value })),
    },
    { name: 'note', type: 'textarea', localized: true, label: L('field.provenanceNote') },
  ],
})
