import type { CollectionConfig } from 'payload'

import { examplesField } from '@/fields/examples'
import { orderField } from '@/fields/order'
import { provenanceField } from '@/fields/provenance'
import { slugField } from '@/fields/slug'
import { descriptionField, summaryField, titleField } from '@/fields/text'
import { contentCollection } from './contentCollection'
import { L } from '@/translations/admin/labels'

/** A type of hospital asset being procured ("what are you buying?"). */
export const Assets: CollectionConfig = contentCollection({
  slug: 'assets',
  labels: { singular: L('collection.assets.singular'), plural: L('collection.assets.plural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order', '_status'], group: L('group.content') },
  defaultSort: 'order',
  fields: [
    titleField(),
    slugField(),
    summaryField(),
    descriptionField(),
    examplesField(),
    orderField(),
    provenanceField(),
  ],
})
