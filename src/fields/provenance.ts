import type { GroupField } from 'payload'

import { PROVENANCE_STATUSES } from '../catalog/taxonomy'

/** Where a text comes from, shown to editors and to the public: verified against ENISA, reconstructed, or our proposal. */
export const provenanceField = (): GroupField => ({
  name: 'provenance',
  type: 'group',
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'proposed',
      options: [
        { label: 'Verified against the ENISA publication', value: PROVENANCE_STATUSES[0] },
        { label: 'Reconstructed (check against the ENISA PDF)', value: PROVENANCE_STATUSES[1] },
        { label: 'Proposed by this project (not ENISA content)', value: PROVENANCE_STATUSES[2] },
      ],
    },
    { name: 'note', type: 'textarea', localized: true },
  ],
})
