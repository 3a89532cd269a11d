// Payload access functions, named for their outcome. Until the review workflow lands (see README), these are the
// safe defaults: the public reads published content only, staff write, only admins manage users.
import type { Access, FieldAccess } from 'payload'

import { SOURCE_LOCALE } from '../translations/locales'
import { hasLanguage, hasRole, isAdmin, isContentEditor, isStaff, type RoleHolder } from './roles'

const userOf = (req: { user?: unknown }): RoleHolder => req.user as RoleHolder

export const anyone: Access = () => true

export const staffOnly: Access = ({ req }) => isStaff(userOf(req))

export const adminOnly: Access = ({ req }) => isAdmin(userOf(req))

export const staffFieldOnly: FieldAccess = ({ req }) => isStaff(userOf(req))

/** Translation records: staff read all; the public reads only the fact that a text is a machine translation. */
export const staffOrMachineStatus: Access = ({ req }) => (isStaff(userOf(req)) ? true : { status: { equals: 'machine' } })

export const adminFieldOnly: FieldAccess = ({ req }) => isAdmin(userOf(req))

/** Staff read everything (drafts included); everyone else reads what is published, in the language asked for. */
export const staffOrPublished: Access = ({ req }) =>
  isStaff(userOf(req)) ? true : { _status: { equals: 'published' } }

/** Editors, reviewers and admins create content; translators do not. */
export const contentEditorsOnly: Access = ({ req }) => isContentEditor(userOf(req))

/**
 * Editors, reviewers and admins update any language. A translator updates only a language assigned to them, and never
 * the English source. Keyed on req.locale in collection access so that a refused write is a 403, not a silent drop.
 */
export const contentEditorsOrOwnLanguage: Access = ({ req }) => {
  const user = userOf(req)
  if (isContentEditor(user)) return true
  return hasRole(user, 'translator') && req.locale !== SOURCE_LOCALE && hasLanguage(user, req.locale)
}

export const adminOrReviewer: Access = ({ req }) => hasRole(userOf(req), 'admin', 'reviewer')

/** Admins see every user; other staff see only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdmin(userOf(req))) return true
  return { id: { equals: user.id } }
}
