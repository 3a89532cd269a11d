import type { CollectionConfig, Where } from 'payload'

import { isContentEditor, type RoleHolder } from '@/access/roles'
import { CONTENT_COLLECTIONS, TRANSLATION_STATUSES } from '@/catalog/taxonomy'
import { forgetPublicContentHooks } from '@/cache/publicCache'
import { localeOptions, TARGET_LOCALES } from '@/translations/locales'
import { englishChangesSince } from '@/workflow/hooks/translationRecords'
import { xliffEndpoints } from '@/xliff/endpoints'
import { uniqueDocumentLanguage } from './uniqueDocumentLanguage'
import { L } from '@/translations/admin/labels'

/**
 * The state of one content document in one language. One record per document × non-English language.
 * This is the model only; the workflow that moves records between states is built on top of it.
 */
/** Records of a translator's languages whose status asks for work; null (no filter) for everyone else. */
export function translatorWorkQueue(user: RoleHolder): Where | null {
  if (!user || isContentEditor(user) || !user.languages?.length) return null
  return { and: [{ language: { in: user.languages } }, { status: { in: ['missing', 'machine', 'outdated', 'changes_requested', 'in_progress'] } }] }
}

export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: { singular: L('collection.translations.singular'), plural: L('collection.translations.plural') },
  admin: {
    useAsTitle: 'language',
    defaultColumns: ['document', 'language', 'status', 'translator', 'updatedAt'],
    group: L('group.translation'),
    // A translator's work queue: the records of their languages that need work (others see everything).
    baseListFilter: ({ req }) => translatorWorkQueue(req.user as RoleHolder),
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
    { name: 'language', type: 'select', required: true, index: true, options: localeOptions(TARGET_LOCALES), label: L('field.language') },
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
      admin: { readOnly: true, description: L('field.englishChanges.description'), condition: (data) => Boolean(data?.englishChanges) },
    },
    { name: 'note', type: 'textarea', label: L('field.note') },
  ],
}
