import type { CollectionConfig } from 'payload'

import { orderField } from '../fields/order'
import { provenanceField } from '../fields/provenance'
import { slugField } from '../fields/slug'
import { contentDefaults } from './contentDefaults'

/** A type of hospital asset being procured ("what are you buying?"). */
export const Assets: CollectionConfig = {
  slug: 'assets',
  ...contentDefaults,
  labels: { singular: 'Asset type', plural: 'Asset types' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order', '_status'], group: 'Content' },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'examples',
      type: 'array',
      labels: { singular: 'Example', plural: 'Examples' },
      fields: [{ name: 'example', type: 'text', localized: true }],
    },
    orderField(),
    provenanceField(),
  ],
}
