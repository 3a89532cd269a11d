import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { localeOptions } from '@/translations/locales'
import { descriptionField, summaryField, titleField } from '@/fields/text'
import { contentCollection } from './contentCollection'
import { validateUrl } from '@/fields/validateUrl'
import { L } from '@/translations/admin/labels'

/** An edition of the guidelines, e.g. ENISA's 2020 report or its 2026 successor. */
export const Guidelines: CollectionConfig = contentCollection({
  slug: 'guidelines',
  labels: { singular: L('collection.guidelines.singular'), plural: L('collection.guidelines.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publicationDate', 'completeness', '_status'],
    group: L('group.content'),
  },
  defaultSort: '-publicationDate',
  fields: [
    titleField(),
    slugField(),
    { name: 'publisher', type: 'text', required: true, defaultValue: 'ENISA', label: L('field.publisher') },
    {
      name: 'publicationDate',
      type: 'date',
      label: L('field.publicationDate'),
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    summaryField(),
    descriptionField({ name: 'introduction', label: L('field.introduction') }),
    {
      name: 'sourceUrl',
      type: 'text',
      required: true,
      validate: validateUrl,
      label: L('field.sourceUrl'),
      admin: { description: L('field.sourceUrl.description') },
    },
    {
      // Known, and reviewed with this edition, before the successor's own content is entered here: the public pages
      // say in every language that this edition was replaced, and link to the publisher's new publication.
      name: 'successor',
      type: 'group',
      label: L('field.successor'),
      admin: { description: L('field.successor.description') },
      fields: [
        {
          name: 'publicationDate',
          type: 'date',
          label: L('field.publicationDate'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'sourceUrl', type: 'text', validate: validateUrl, label: L('field.sourceUrl') },
      ],
    },
    {
      name: 'completeness',
      type: 'select',
      label: L('field.completeness'),
      required: true,
      defaultValue: 'complete',
      options: [
        { label: L('option.completeness.complete'), value: 'complete' },
        { label: L('option.completeness.partial'), value: 'partial' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'documents',
      type: 'array',
      label: L('field.documents'),
      labels: { singular: L('field.documents.singular'), plural: L('field.documents') },
      admin: { description: L('field.documents.description') },
      fields: [
        { name: 'language', type: 'select', required: true, options: localeOptions(), label: L('field.language') },
        {
          name: 'file',
          type: 'upload',
          label: L('field.file'),
          relationTo: 'media',
          required: true,
          filterOptions: { mimeType: { equals: 'application/pdf' } },
        },
      ],
    },
  ],
})
