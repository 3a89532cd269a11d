import type { CollectionConfig } from 'payload'

import { THREAT_GROUPS } from '@/catalog/taxonomy'
import { examplesField } from '@/fields/examples'
import { orderField } from '@/fields/order'
import { provenanceField } from '@/fields/provenance'
import { slugField } from '@/fields/slug'
import { descriptionField, summaryField, titleField } from '@/fields/text'
import { contentCollection } from './contentCollection'
import { L } from '@/translations/admin/labels'

/** A threat of the taxonomy, in one of the five groups. */
export const Threats: CollectionConfig = contentCollection({
  slug: 'threats',
  labels: { singular: L('collection.threats.singular'), plural: L('collection.threats.plural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'group', 'slug', '_status'], group: L('group.content') },
  defaultSort: 'order',
  fields: [
    titleField(),
    slugField(),
    {
      name: 'group',
      type: 'select',
      label: L('field.group'),
      required: true,
      index: true,
      options: THREAT_GROUPS.map((value) => ({ label: L(`option.group.${value}`), value })),
      admin: { position: 'sidebar' },
    },
    summaryField(),
    descriptionField(),
    examplesField(),
    orderField(),
    provenanceField(),
  ],
})
