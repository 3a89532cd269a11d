import type { CollectionConfig, Field } from 'payload'

import { publicReadsPublished } from '@/access/publicReadsPublished'
import { L } from '@/translations/admin/labels'
import { forgetPublicContentHooks } from '@/cache/publicCache'
import {
  enforceReviewWorkflow,
  guardDelete,
  noteWriteIntent,
  recordReviewEvents,
} from '@/workflow/hooks/reviewWorkflow'
import { removeTranslationRecords, syncTranslationRecords } from '@/workflow/hooks/translationRecords'
import { REVIEW_STATUSES } from '@/workflow/rules/transitions'

/** Versions kept per document: the issue asks for at least 50. */
export const MAX_VERSIONS_PER_DOC = 100

/** The review state of each language of a document, and the comment that goes with a decision. */
const workflowFields: Field[] = [
  {
    name: 'reviewStatus',
    type: 'select',
    localized: true,
    defaultValue: 'draft',
    index: true,
    label: L('field.reviewStatus'),
    options: REVIEW_STATUSES.map((value) => ({ label: L(`option.review.${value}`), value })),
    admin: { position: 'sidebar', description: L('field.reviewStatus.description') },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    localized: true,
    label: L('field.reviewComment'),
    admin: { position: 'sidebar', description: L('field.reviewComment.description') },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    localized: true,
    label: L('field.lastEditedBy'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // Whether this language's text is an unreviewed machine translation: kept with each version, so the published
    // version says what the public sees, whatever drafts are in progress.
    name: 'machineTranslation',
    type: 'checkbox',
    localized: true,
    defaultValue: false,
    label: L('field.machineTranslation'),
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * A content collection (guidelines, good practices, asset types, threats, references): drafts with per-language
 * publishing (localizeStatus), scheduled publishing, kept versions and the review workflow. The collection's own hooks
 * run after the workflow's (the cache is emptied last); its `versions` may change how many are kept, not how drafts
 * work, which the workflow relies on. Who may do what is declared in src/access/policy.ts, never on the collection.
 */
export function contentCollection(config: CollectionConfig): CollectionConfig {
  if (config.access)
    throw new Error(`Collection "${config.slug}": declare its access in src/access/policy.ts, not on the collection.`)
  const versions = typeof config.versions === 'object' ? config.versions : {}
  if (config.versions === false || 'drafts' in versions) {
    throw new Error(
      `Collection "${config.slug}": reviewed content keeps versions and the workflow's drafts; set only versions.maxPerDoc.`,
    )
  }
  const own = config.hooks ?? {}
  return {
    ...config,
    admin: {
      ...config.admin,
      defaultColumns: [
        ...(config.admin?.defaultColumns ?? []).filter((c) => c !== '_status'),
        'reviewStatus',
        '_status',
      ],
    },
    hooks: {
      ...own,
      beforeOperation: [publicReadsPublished, noteWriteIntent, ...(own.beforeOperation ?? [])],
      beforeChange: [enforceReviewWorkflow, ...(own.beforeChange ?? [])],
      afterChange: [
        recordReviewEvents,
        syncTranslationRecords,
        ...(own.afterChange ?? []),
        ...forgetPublicContentHooks.afterChange,
      ],
      beforeDelete: [guardDelete, ...(own.beforeDelete ?? [])],
      afterDelete: [removeTranslationRecords, ...(own.afterDelete ?? []), ...forgetPublicContentHooks.afterDelete],
    },
    versions: {
      maxPerDoc: MAX_VERSIONS_PER_DOC,
      ...versions,
      drafts: { autosave: false, schedulePublish: true, localizeStatus: true },
    },
    fields: [...config.fields, ...workflowFields],
  }
}
