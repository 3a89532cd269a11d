import type { CollectionConfig, RelationshipFieldManyValidation } from 'payload'

import { PHASES } from '@/catalog/taxonomy'
import { orderField } from '@/fields/order'
import { idOf } from '@/fields/relationship'
import { provenanceField } from '@/fields/provenance'
import { slugField } from '@/fields/slug'
import { descriptionField, summaryField, titleField } from '@/fields/text'
import { contentCollection } from './contentCollection'
import { L } from '@/translations/admin/labels'

/** Every practice a pack recommends belongs to the pack's edition (the admin's filter alone is not a rule). */
const practicesOfTheEdition: RelationshipFieldManyValidation = async (value, { data, req }) => {
  const ids = [...new Set((value ?? []).map((v) => String(idOf(v as string | { id: string }))))]
  const edition = idOf((data as { edition?: string | { id: string } }).edition ?? '')
  if (ids.length === 0 || !edition) return true // `required` and the edition field say what is missing
  const { totalDocs } = await req.payload.count({
    collection: 'good-practices',
    where: { and: [{ id: { in: ids } }, { edition: { equals: edition } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs === ids.length || 'A pack recommends practices of its own edition only.'
}

/**
 * A procurement pack: a ready-made starting point for a common purchase (PACS, infusion pumps, EHR as SaaS…), with
 * what it usually involves, its preselection of asset types, threats and phases, and the practices it recommends.
 */
export const Packs: CollectionConfig = contentCollection({
  slug: 'packs',
  labels: { singular: L('collection.packs.singular'), plural: L('collection.packs.plural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order', '_status'], group: L('group.content') },
  defaultSort: 'order',
  fields: [
    titleField(),
    slugField(),
    summaryField(),
    descriptionField({ name: 'introduction', label: L('field.introduction') }),
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
      name: 'practices',
      type: 'relationship',
      label: L('field.packPractices'),
      relationTo: 'good-practices',
      hasMany: true,
      required: true,
      minRows: 1,
      // Practices of the pack's own edition only: offered so in the admin, and checked on the server.
      filterOptions: ({ data }) => (data?.edition ? { edition: { equals: idOf(data.edition) } } : true),
      validate: practicesOfTheEdition,
      admin: { description: L('field.packPractices.description') },
    },
    {
      name: 'assets',
      type: 'relationship',
      label: L('field.packAssets'),
      relationTo: 'assets',
      hasMany: true,
    },
    {
      name: 'threats',
      type: 'relationship',
      label: L('field.packThreats'),
      relationTo: 'threats',
      hasMany: true,
    },
    {
      name: 'phases',
      type: 'select',
      label: L('field.packPhases'),
      hasMany: true,
      options: PHASES.map((value) => ({ label: L(`option.phase.${value}`), value })),
    },
    orderField(),
    provenanceField(),
  ],
})
