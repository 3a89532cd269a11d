import type { CollectionConfig } from 'payload'

import { THREAT_GROUPS } from '../catalog/taxonomy'
import { orderField } from '../fields/order'
import { provenanceField } from '../fields/provenance'
import { slugField } from '../fields/slug'
import { contentDefaults } from './contentDefaults'

const groupLabels: Record<(typeof THREAT_GROUPS)[number], string> = {
  'natural-phenomena': 'Natural phenomena',
  'supply-chain-failure': 'Supply chain failure',
  'human-errors': 'Human errors',
  'malicious-actions': 'Malicious actions',
  'system-failures': 'System failures',
}

/** A threat of the taxonomy, in one of the five groups. */
export const Threats: CollectionConfig = {
  slug: 'threats',
  ...contentDefaults,
  labels: { singular: 'Threat', plural: 'Threats' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'group', 'slug', '_status'], group: 'Content' },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField(),
    {
      name: 'group',
      type: 'select',
      required: true,
      index: true,
      options: THREAT_GROUPS.map((value) => ({ label: groupLabels[value], value })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    { name: 'description', type: 'richText', localized: true },
    orderField(),
    provenanceField(),
  ],
}
