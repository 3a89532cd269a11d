import type { CollectionConfig } from 'payload'

import { REFERENCE_KINDS } from '@/catalog/taxonomy'
import { summaryField, titleField } from '@/fields/text'
import { slugField } from '@/fields/slug'
import { validateUrl } from '@/fields/validateUrl'
import { L } from '@/translations/admin/labels'
import { contentCollection } from './contentCollection'

/**
 * A regulation, guidance document or standard that practices refer to (NIS2, GDPR, IEC 80001-1…). Its own collection
 * so that the public tool can later filter practices by regulation. Reviewed content like the rest: a changed address
 * is public only once a second person has approved it.
 */
export const References: CollectionConfig = contentCollection({
  slug: 'references',
  labels: { singular: L('collection.references.singular'), plural: L('collection.references.plural') },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'kind', 'slug', '_status'], group: L('group.content') },
  defaultSort: 'label',
  fields: [
    titleField({ name: 'label', label: L('field.label') }),
    slugField(),
    { name: 'url', type: 'text', required: true, validate: validateUrl, label: L('field.url') },
    {
      name: 'kind',
      type: 'select',
      label: L('field.kind'),
      required: true,
      index: true,
      options: REFERENCE_KINDS.map((value) => ({ label: L(`option.kind.${value}`), value })),
      admin: { position: 'sidebar' },
    },
    summaryField({ required: false }),
  ],
})
