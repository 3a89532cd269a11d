import type { CollectionConfig } from 'payload'

import { adminOnly, contentEditorsOnly, staffFieldOnly, staffOrMachineStatus } from '../access/rules'
import { CONTENT_COLLECTIONS, TRANSLATION_STATUSES } from '../catalog/taxonomy'
import { localeOptions, TARGET_LOCALES } from '../translations/locales'
import { uniqueDocumentLanguage } from './uniqueDocumentLanguage'

const statusLabels: Record<(typeof TRANSLATION_STATUSES)[number], string> = {
  missing: 'Missing',
  machine: 'Machine translation (unreviewed)',
  in_progress: 'In progress',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  outdated: 'Outdated (English changed)',
}

/**
 * The state of one content document in one language. One record per document × non-English language.
 * This is the model only; the workflow that moves records between states is built on top of it.
 */
export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: { singular: 'Translation status', plural: 'Translation statuses' },
  access: {
    // The public learns only which texts are unreviewed machine translations (pages say so), nothing else.
    read: staffOrMachineStatus,
    create: contentEditorsOnly,
    update: contentEditorsOnly,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'language',
    defaultColumns: ['document', 'language', 'status', 'translator', 'updatedAt'],
    group: 'Translation',
  },
  hooks: { beforeValidate: [uniqueDocumentLanguage] },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...CONTENT_COLLECTIONS],
      required: true,
      index: true,
    },
    { name: 'language', type: 'select', required: true, index: true, options: localeOptions(TARGET_LOCALES) },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'missing',
      options: TRANSLATION_STATUSES.map((value) => ({ label: statusLabels[value], value })),
    },
    { name: 'translator', type: 'relationship', relationTo: 'users', access: { read: staffFieldOnly } },
    { name: 'reviewer', type: 'relationship', relationTo: 'users', access: { read: staffFieldOnly } },
    {
      name: 'sourceFingerprint',
      type: 'text',
      access: { read: staffFieldOnly },
      admin: { readOnly: true, description: 'Fingerprint of the English source fields this translation was made from.' },
    },
    { name: 'note', type: 'textarea', access: { read: staffFieldOnly } },
  ],
}
