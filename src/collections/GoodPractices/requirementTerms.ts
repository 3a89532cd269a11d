import type { Field } from 'payload'

import { STAGES, STRENGTHS } from '@/tender/stages'
import { L } from '@/translations/admin/labels'

/**
 * Where a requirement goes in an EU tender, how strong it is, its award weight and the standards it cites. Language-
 * independent (not localized); part of the practice's versions, so they pass the same review as the text.
 */
export const requirementTermsFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'placement',
        type: 'select',
        label: L('field.placement'),
        // Not required: API clients that predate these fields still create practices; the default stands in.
        defaultValue: 'specification',
        options: STAGES.map((value) => ({ label: L(`option.placement.${value}`), value })),
        admin: { description: L('field.placement.description'), width: '40%' },
      },
      {
        name: 'strength',
        type: 'select',
        label: L('field.strength'),
        defaultValue: 'mandatory',
        options: STRENGTHS.map((value) => ({ label: L(`option.strength.${value}`), value })),
        admin: { width: '30%' },
      },
      {
        name: 'weight',
        type: 'number',
        label: L('field.weight'),
        min: 1,
        max: 10,
        admin: {
          description: L('field.weight.description'),
          width: '30%',
          condition: (_, row) => row?.placement === 'award',
        },
      },
    ],
  },
  {
    name: 'cites',
    type: 'relationship',
    relationTo: 'references',
    hasMany: true,
    label: L('field.cites'),
    // Only standards and labels: "or equivalent" (Art. 42(3)(b)) is added to each wherever a document cites it.
    filterOptions: { kind: { equals: 'standard' } },
    admin: { description: L('field.cites.description') },
  },
]
