// The one hook that enforces field owners a request may not simply have ignored: language-independent values
// (slug, links, phase, rows, files) are changed only by people with a full update grant, and in reviewed content only
// in the source language (publishing any language publishes them, so they are reviewed with the English text). An
// uploaded file is replaced only by those the policy lets replace it.
import type { CollectionBeforeChangeHook } from 'payload'

import { Refused } from '@/errors/refused'
import { SOURCE_LOCALE } from '@/translations/locales'
import { changedFields } from './changes'
import { hasFullGrant, may, type Person } from './grants'
import { policyOf } from './policy'
import { isSystemAction } from './systemAction'

/** The top-level fields of each collection as configured, before Payload adds its own (set by the access plugin). */
export const declaredFields = new Map<string, Set<string>>()

export const refuseForbiddenChanges: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  collection,
  operation,
}) => {
  if (isSystemAction(req)) return data
  // A new file for an existing upload changes every page that shows it.
  if (operation === 'update' && req.file && !may(req.user as Person, collection.slug, 'replaceFile'))
    throw new Refused('Only a reviewer or an administrator replaces an uploaded file.')
  const changes = changedFields(
    collection.slug,
    collection.fields,
    data,
    operation === 'update' ? originalDoc : undefined,
  )
  // What the server derives is never taken from a request. Field access covers the fields of the config; this covers
  // the server-owned fields Payload adds itself (file data, sessions), whose values Payload sets from the file or the
  // sign-in. A request that carries a new file gets its data from that file. (Left out of the write, a field keeps
  // what is stored.)
  const declared = declaredFields.get(collection.slug)
  for (const change of changes) {
    const [top] = change.path.split('.') as [string]
    if (change.owner === 'server' && !declared?.has(top) && !req.file) delete data[top]
  }
  const shared = changes.filter((c) => c.owner === 'shared')
  if (shared.length === 0) return data
  const paths = shared.map((c) => c.path).join(', ')
  if (!hasFullGrant(req.user as Person, collection.slug, operation === 'create' ? 'create' : 'update')) {
    throw new Refused(`You may change only the texts of your languages, not: ${paths}.`)
  }
  if (policyOf(collection.slug)?.workflow && (req.locale ?? SOURCE_LOCALE) !== SOURCE_LOCALE) {
    throw new Refused(
      `Language-independent fields are changed in the English version, where they are reviewed: ${paths}. Switch to English to change them${operation === 'create' ? ', or create the document in English first' : ''}.`,
    )
  }
  return data
}
