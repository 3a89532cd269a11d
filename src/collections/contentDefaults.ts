import type { CollectionConfig } from 'payload'

import { publicReadsPublished } from '../access/publicReadsPublished'
import { adminOrReviewer, contentEditorsOnly, contentEditorsOrOwnLanguage, staffOnly, staffOrPublished } from '../access/rules'

/** Versions kept per document: the issue asks for at least 50. */
export const MAX_VERSIONS_PER_DOC = 100

/**
 * What the four content collections share: drafts with per-language publishing (localizeStatus), scheduled
 * publishing, kept versions, and the access defaults.
 */
export const contentDefaults = {
  access: {
    read: staffOrPublished,
    readVersions: staffOnly, // the version history (drafts included) is for staff only
    create: contentEditorsOnly,
    update: contentEditorsOrOwnLanguage,
    delete: adminOrReviewer,
  },
  hooks: { beforeOperation: [publicReadsPublished] },
  versions: {
    maxPerDoc: MAX_VERSIONS_PER_DOC,
    drafts: {
      autosave: false,
      schedulePublish: true,
      localizeStatus: true,
    },
  },
} satisfies Partial<CollectionConfig>
