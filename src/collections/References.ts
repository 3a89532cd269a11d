import type { CollectionConfig } from 'payload'

import { anyone, contentEditorsOnly, adminOrReviewer, contentEditorsOrOwnLanguage } from '../access/rules'
import { REFERENCE_KINDS } from '../catalog/taxonomy'
import { slugField } from '../fields/slug'
import { validateUrl } from '../fields/validateUrl'

/**
 * A regulation, guidance document or standard that practices refer to (NIS2, GDPR, IEC 80001-1…). Its own collection
 * so that the public tool can later filter practices by regulation.
 */
export const References: CollectionConfig = {
  slug: 'references',
  labels: { singular: 'Reference', plural: 'References' },
  access: {
    read: anyone,
    create: contentEditorsOnly,
    update: contentEditorsOrOwnLanguage,
    delete: adminOrReviewer,
  },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'kind', 'slug'], group: 'Content' },
  defaultSort: 'label',
  fields: [
    { name: 'label', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'url', type: 'text', required: true, validate: validateUrl },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: REFERENCE_KINDS.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true },
  ],
}
