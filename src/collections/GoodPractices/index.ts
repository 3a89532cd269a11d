import type { CollectionConfig } from 'payload'

import { PHASES } from '@/catalog/taxonomy'
import { orderField } from '@/fields/order'
import { provenanceField } from '@/fields/provenance'
import { slugField } from '@/fields/slug'
import { TEXT_LIMITS } from '@/fields/limits'
import { descriptionField, summaryField, titleField } from '@/fields/text'
import { contentCollection } from '@/collections/contentCollection'
import { relevanceLinks } from './relevanceLinks'
import { requirementTermsFields } from './requirementTerms'
import { uniqueCodeInEdition } from './uniqueCodeInEdition'
import { L } from '@/translations/admin/labels'

/** A good practice (2020) or measure (2026): requirements for a tender and the evidence to ask suppliers for. */
export const GoodPractices: CollectionConfig = contentCollection({
  slug: 'good-practices',
  labels: { singular: L('collection.goodPractices.singular'), plural: L('collection.goodPractices.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'phase', 'edition', '_status'],
    group: L('group.content'),
    listSearchableFields: ['code', 'title', 'slug'],
  },
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          label: L('field.code'),
          required: true,
          index: true,
          validate: uniqueCodeInEdition,
          admin: { width: '30%' },
        },
        titleField({ admin: { width: '70%' } }),
      ],
    },
    slugField(),
    {
      name: 'edition',
      type: 'relationship',
      label: L('field.edition'),
      relationTo: 'guidelines',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'phase',
      type: 'select',
      label: L('field.phase'),
      required: true,
      index: true,
      options: PHASES.map((value) => ({ label: L(`option.phase.${value}`), value })),
      admin: { position: 'sidebar' },
    },
    summaryField(),
    descriptionField(),
    {
      // The rows are the same in every language (stable ids); only their texts are translated.
      name: 'requirements',
      type: 'array',
      label: L('field.requirements'),
      labels: { singular: L('field.requirements.singular'), plural: L('field.requirements') },
      minRows: 1,
      fields: [
        {
          name: 'requirement',
          type: 'textarea',
          label: L('field.requirement'),
          required: true,
          maxLength: TEXT_LIMITS.requirement,
          localized: true,
          admin: { description: L('field.requirement.description') },
        },
        {
          name: 'evidence',
          type: 'textarea',
          label: L('field.evidence'),
          required: true,
          maxLength: TEXT_LIMITS.evidence,
          localized: true,
          admin: { description: L('field.evidence.description') },
        },
        ...requirementTermsFields(),
      ],
    },
    ...relevanceLinks('assets'),
    ...relevanceLinks('threats'),
    {
      name: 'references',
      type: 'relationship',
      label: L('field.references'),
      relationTo: 'references',
      hasMany: true,
      admin: { description: L('field.references.description') },
    },
    provenanceField(),
    orderField(),
  ],
})
