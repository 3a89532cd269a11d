import type { CollectionConfig } from 'payload'

import { CONTENT_COLLECTIONS } from '@/workflow/rules/collections'
import { L } from '@/translations/admin/labels'
import { localeOptions } from '@/translations/locales'

/**
 * The append-only log of the review workflow: every transition and publication, with who, when and the comment.
 * Written only by the workflow hooks (with overrideAccess); nobody creates, edits or deletes an event through the API
 * (src/access/policy.ts).
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: { singular: L('collection.reviewEvents.singular'), plural: L('collection.reviewEvents.plural') },
  admin: {
    group: L('group.translation'),
    defaultColumns: ['document', 'language', 'from', 'to', 'user', 'comment', 'createdAt'],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...CONTENT_COLLECTIONS],
      required: true,
      index: true,
      label: L('field.document'),
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(),
      label: L('field.language'),
    },
    { name: 'from', type: 'text', required: true, label: L('field.from') },
    { name: 'to', type: 'text', required: true, index: true, label: L('field.to') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: L('field.user') },
    { name: 'comment', type: 'textarea', label: L('field.comment') },
  ],
}
