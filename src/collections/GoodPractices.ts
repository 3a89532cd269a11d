import type { CollectionConfig } from 'payload'

import { PHASES } from '../catalog/taxonomy'
import { orderField } from '../fields/order'
import { provenanceField } from '../fields/provenance'
import { slugField } from '../fields/slug'
import { contentDefaults } from './contentDefaults'
import { uniqueCodeInEdition } from './uniqueCodeInEdition'

const phaseLabels: Record<(typeof PHASES)[number], string> = {
  general: 'General (all phases)',
  plan: 'Plan',
  source: 'Source',
  manage: 'Manage',
}

/** A good practice (2020) or measure (2026): requirements for a tender and the evidence to ask suppliers for. */
export const GoodPractices: CollectionConfig = {
  slug: 'good-practices',
  ...contentDefaults,
  labels: { singular: 'Good practice', plural: 'Good practices' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'phase', 'edition', '_status'],
    group: 'Content',
    listSearchableFields: ['code', 'title', 'slug'],
  },
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, index: true, validate: uniqueCodeInEdition, admin: { width: '30%' } },
        { name: 'title', type: 'text', required: true, localized: true, admin: { width: '70%' } },
      ],
    },
    slugField(),
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'guidelines',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'phase',
      type: 'select',
      required: true,
      index: true,
      options: PHASES.map((value) => ({ label: phaseLabels[value], value })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    { name: 'description', type: 'richText', localized: true },
    {
      // The rows are the same in every language (stable ids); only their texts are translated.
      name: 'requirements',
      type: 'array',
      labels: { singular: 'Security requirement', plural: 'Security requirements' },
      minRows: 1,
      fields: [
        {
          name: 'requirement',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'What the buyer requires, as it would read in the tender.' },
        },
        {
          name: 'evidence',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'What the supplier should provide to show the requirement is met.' },
        },
      ],
    },
    { name: 'assets', type: 'relationship', relationTo: 'assets', hasMany: true, index: true },
    { name: 'threats', type: 'relationship', relationTo: 'threats', hasMany: true, index: true },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      admin: { description: 'Regulations, guidance and standards this practice relates to.' },
    },
    provenanceField(),
    orderField(),
  ],
}
