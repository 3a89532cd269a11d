import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff, type RoleHolder } from './roles'

/**
 * The public never reads drafts: a non-staff read that asks for `draft` is served the published version instead.
 * (Access alone would hide a published document as soon as it has a newer pending draft.)
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const readArgs = args as { draft?: boolean; overrideAccess?: boolean }
  if (readArgs.draft && !readArgs.overrideAccess && !isStaff(req.user as RoleHolder)) {
    return { ...args, draft: false }
  }
  return args
}
