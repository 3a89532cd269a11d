import type { CollectionConfig } from 'payload'

import type { Person } from '@/access/grants'
import { CONTENT_COLLECTIONS } from '@/workflow/rules/collections'
import { TRANSLATION_STATUSES } from '@/workflow/rules/translationStatus'
import { forgetPublicContentHooks } from '@/cache/publicCache'
import { localeOptions, TARGET_LOCALES } from '@/translations/locales'
import { englishChangesSince } from '@/workflow/hooks/translationRecords'
import { translatorWorkQueue } from '@/workflow/admin/translatorQueue'
import { xliffEndpoints } from '@/xliff/endpoints'
import { uniqueDocumentLanguage } from './uniqueDocumentLanguage'
import { L } from '@/translations/admin/labels'

/**
 * The state of one content document in one language: one record per document × non-English language, made and moved
 * by the workflow hooks (src/workflow/hooks/translationRecords.ts).
 */
export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: { singular: L('collection.translations.singular'), plural: L('collection.translations.plural') },
  admin: {
    useAsTitle: 'language',
    defaultColumns: ['document', 'language', 'status', 'translator', 'updatedAt'],
    group: L('group.translation'),
    // A translator's work queue: the records of their languages that need work (others see everything).
    baseListFilter: ({ req }) => translatorWorkQueue(req.user as Person),
  },
  hooks: { beforeValidate: [uniqueDocumentLanguage], ...forgetPublicContentHooks },
  endpoints: xliffEndpoints,
  fields: [
    {
      name: 'document',
      type: 'relationship',
      label: L('field.document'),
      relationTo: [...CONTENT_COLLECTIONS],
      required: true,
      index: true,
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(TARGET_LOCALES),
      label: L('field.language'),
    },
    {
      name: 'status',
      type: 'select',
      label: L('field.status'),
      required: true,
      index: true,
      defaultValue: 'missing',
      options: TRANSLATION_STATUSES.map((value) => ({ label: L(`option.status.${value}`), value })),
    },
    { name: 'translator', type: 'relationship', relationTo: 'users', label: L('field.translator') },
    { name: 'reviewer', type: 'relationship', relationTo: 'users', label: L('field.reviewer') },
    {
      name: 'sourceFingerprint',
      type: 'text',
      label: L('field.sourceFingerprint'),
      admin: { readOnly: true, description: L('field.sourceFingerprint.description') },
    },
    {
      // The English source fields as they were when the translation was made (for the change view below).
      name: 'sourceSnapshot',
      type: 'textarea',
      label: L('field.sourceSnapshot'),
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'englishChanges',
      type: 'textarea',
      virtual: true,
      label: L('field.englishChanges'),
      hooks: { afterRead: [englishChangesSince] },
      admin: {
        readOnly: true,
        description: L('field.englishChanges.description'),
        condition: (data) => Boolean(data?.englishChanges),
      },
    },
    { name: 'note', type: 'textarea', label: L('field.note') },
  ],
}
