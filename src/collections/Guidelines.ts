import type { CollectionConfig } from 'payload'

import { slugField } from '../fields/slug'
import { localeOptions } from '../translations/locales'
import { contentDefaults } from './contentDefaults'
import { validateUrl } from '../fields/validateUrl'

/** An edition of the guidelines, e.g. ENISA's 2020 report or its 2026 successor. */
export const Guidelines: CollectionConfig = {
  slug: 'guidelines',
  ...contentDefaults,
  labels: { singular: 'Guideline edition', plural: 'Guideline editions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publicationDate', 'completeness', '_status'],
    group: 'Content',
  },
  defaultSort: '-publicationDate',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'publisher', type: 'text', required: true, defaultValue: 'ENISA' },
    { name: 'publicationDate', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    { name: 'introduction', type: 'richText', localized: true },
    { name: 'sourceUrl', type: 'text', required: true, validate: validateUrl, admin: { description: 'The publisher’s page for this edition.' } },
    {
      name: 'completeness',
      type: 'select',
      required: true,
      defaultValue: 'complete',
      options: [
        { label: 'Complete: every practice of the edition is here', value: 'complete' },
        { label: 'Partial: only the practices known so far', value: 'partial' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'documents',
      type: 'array',
      labels: { singular: 'Document', plural: 'Documents' },
      admin: { description: 'The published PDF of this edition, one per language.' },
      fields: [
        { name: 'language', type: 'select', required: true, options: localeOptions() },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          required: true,
          filterOptions: { mimeType: { equals: 'application/pdf' } },
        },
      ],
    },
  ],
}
