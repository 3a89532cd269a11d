// Evaluates the grants of ./policy.ts for a person: as a yes/no (the workflow's questions) or as a Payload access
// result (true, false, or a query that limits the documents).
import type { Where } from 'payload'

import { SOURCE_LOCALE } from '@/translations/locales'
import { policyOf, type Audience, type Grant, type Grants, type Operation } from './policy'
import { hasLanguage, ROLES, type RoleHolder } from './roles'

export type Person = (RoleHolder & { id?: string | number }) | null | undefined

/** The audiences a person belongs to: everyone is the public; each role adds its own. */
export function audiencesOf(person: Person): Audience[] {
  const roles = (person?.roles ?? []).filter((role) => (ROLES as readonly string[]).includes(role))
  return ['public', ...roles]
}

/** The field that ties a document to its owner, for the 'self' grant. */
const SELF_FIELD: Record<string, string> = { users: 'id', 'payload-preferences': 'user.value' }

type Context = { collection: string; person: Person; locale?: string | null }

/** One grant for one person: true, false, or the query of the documents it allows. */
function evaluate(grant: Grant | undefined, { collection, person, locale }: Context): boolean | Where {
  switch (grant) {
    case undefined:
      return false
    case true:
    case 'unpublished': // a document-level condition the delete hook checks (it needs every language's status)
      return true
    case 'published':
      return { _status: { equals: 'published' } }
    case 'own-language':
      return Boolean(locale) && locale !== SOURCE_LOCALE && hasLanguage(person, locale)
    case 'own-records':
      return person?.languages?.length ? { language: { in: [...person.languages] } } : false
    case 'self': {
      const field = SELF_FIELD[collection]
      if (!field) throw new Error(`The 'self' grant has no owner field for "${collection}".`)
      return person?.id === undefined ? false : { [field]: { equals: person.id } }
    }
  }
}

/** What `grants` allow `person`: the union of what each of their audiences is granted. */
export function allowed(grants: Grants | undefined, context: Context): boolean | Where {
  const queries: Where[] = []
  for (const audience of audiencesOf(context.person)) {
    const result = evaluate(grants?.[audience], context)
    if (result === true) return true
    if (result) queries.push(result)
  }
  if (queries.length === 0) return false
  return queries.length === 1 ? queries[0]! : { or: queries }
}

/** The grants of one operation on one collection (none for an undeclared collection: closed by default). */
export const grantsFor = (collection: string, operation: Operation): Grants | undefined =>
  policyOf(collection)?.operations[operation]

/**
 * May `person` do `operation` on `collection` (in `locale`) at all? Grants that limit documents count as yes: the
 * documents are limited where the operation runs.
 */
export function may(person: Person, collection: string, operation: Operation, locale?: string | null): boolean {
  return allowed(grantsFor(collection, operation), { collection, person, locale }) !== false
}

/**
 * Does `person` hold an unconditional grant for `operation` on `collection` (not limited to their languages, their
 * own account or unpublished documents)? Such a grant is what changing language-independent values takes.
 */
export function hasFullGrant(person: Person, collection: string, operation: Operation): boolean {
  const grants = grantsFor(collection, operation)
  return audiencesOf(person).some((audience) => grants?.[audience] === true)
}

/** The roles granted `operation` on `collection` without condition (e.g. who is told that a text waits for review). */
export function rolesGranted(collection: string, operation: Operation): Audience[] {
  const grants = grantsFor(collection, operation) ?? {}
  return (Object.keys(grants) as Audience[]).filter((audience) => audience !== 'public' && grants[audience] === true)
}
