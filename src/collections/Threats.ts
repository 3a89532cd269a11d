import type { CollectionConfig } from 'payload'

import { THREAT_GROUPS } from '@/catalog/taxonomy'
import { orderField } from '@/fields/order'
import { provenanceField } from '@/fields/provenance'
import { slugField } from '@/fields/slug'
import { TEXT_LIMITS } from '@/fields/limits'
import { contentCollection } from './contentCollection'
import { L } from '@/translations/admin/labels'

/** A threat of the taxonomy, in one of the five groups. */
export const Threats: CollectionConfig = contentCollection({
  slug: 'threats',
  labels: { singular: L('collection.threats.singular'), plural: L('collection.threats.plural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'group', 'slug', '_status'], group: L('group.content') },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: TEXT_LIMITS.title, label: L('field.title') },
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
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: TEXT_LIMITS.summary, label: L('field.summary') },
    { name: 'description', type: 'richText', localized: true, label: L('field.description') },
    orderField(),
    provenanceField(),
  ],
})
