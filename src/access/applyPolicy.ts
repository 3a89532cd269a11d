// Builds every collection's and every field's access functions from ./policy.ts. Runs as the last plugin (so fields
// added by other plugins, such as the SEO fields, are covered) and again on the finished config for the collections
// Payload adds itself (jobs, locks, preferences…). A collection missing from the policy stops the server at start.
import type {
  Access,
  CollectionConfig,
  Config,
  Field,
  FieldAccess,
  PayloadRequest,
  Plugin,
  SanitizedConfig,
} from 'payload'

import { fieldsWithPaths, ownerOf, readersOf } from './fieldPolicy'
import { declaredFields, refuseForbiddenChanges } from './guardChanges'
import { allowed, grantsFor, type Person } from './grants'
import { JOBS_POLICY, OPERATIONS, policyOf, type Grants, type Operation } from './policy'
import { isStaff } from './roles'

const personOf = (req: PayloadRequest): Person => req.user as Person

const accessFor =
  (collection: string, operation: Operation): Access =>
  ({ req }) =>
    allowed(grantsFor(collection, operation), { collection, person: personOf(req), locale: req.locale })

const nobody: FieldAccess = () => false
const adminsOnly: FieldAccess = ({ req }) =>
  allowed({ admin: true }, { collection: '', person: personOf(req) }) === true
const staffOnly: FieldAccess = ({ req }) => isStaff(personOf(req))

function requirePolicy(slug: string) {
  const policy = policyOf(slug)
  if (!policy)
    throw new Error(
      `Collection "${slug}" has no entry in the access policy (src/access/policy.ts): declare who may do what first.`,
    )
  return policy
}

/** Payload's collection access object, one function per operation the policy names for this kind of collection. */
function collectionAccess(collection: CollectionConfig): CollectionConfig['access'] {
  const access: Record<string, Access> = {}
  for (const operation of OPERATIONS) {
    if (operation === 'review' || operation === 'publish' || operation === 'replaceFile') continue // decided by hooks (workflow, guardChanges)
    if ((operation === 'unlock' || operation === 'admin') && !collection.auth) continue
    if (operation === 'readVersions' && !collection.versions) continue
    access[operation] = accessFor(collection.slug, operation)
  }
  return access as CollectionConfig['access']
}

/** Sets each field's access from its owner and readers; the field's own access settings are replaced. */
function applyToFields(slug: string, fields: Field[]): void {
  for (const { path, field, localized } of fieldsWithPaths(fields)) {
    const owner = ownerOf(slug, path, localized)
    const access: { create?: FieldAccess; update?: FieldAccess; read?: FieldAccess } = {}
    if (owner === 'server') Object.assign(access, { create: nobody, update: nobody })
    if (owner === 'admin') Object.assign(access, { create: adminsOnly, update: adminsOnly })
    if (readersOf(slug, path) === 'staff') access.read = staffOnly
    ;(field as { access?: unknown }).access = Object.keys(access).length > 0 ? access : undefined
  }
}

/**
 * Payload adds its timestamp fields while it finishes the config, after the plugins, without access settings: a
 * request could back-date `createdAt`. Declared here instead (Payload then adds none), so the policy covers them.
 */
function withTimestampFields(collection: CollectionConfig): CollectionConfig {
  if (collection.timestamps === false) return collection
  const named = new Set(collection.fields.map((field) => ('name' in field ? field.name : '')))
  const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
    name,
    type: 'date',
    index: true,
    admin: { disableBulkEdit: true, hidden: true },
    label: ({ t }) => t(`general:${name}` as never),
  })
  const added = (['updatedAt', 'createdAt'] as const).filter((name) => !named.has(name)).map(timestamp)
  return added.length ? { ...collection, fields: [...collection.fields, ...added] } : collection
}

/** The last plugin: access for every collection of the config, from the policy. */
export const accessPolicyPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((declared) => {
    requirePolicy(declared.slug)
    const collection = withTimestampFields(declared)
    applyToFields(collection.slug, collection.fields)
    declaredFields.set(
      collection.slug,
      new Set(
        fieldsWithPaths(collection.fields)
          .filter((p) => !p.path.includes('.'))
          .map((p) => p.path),
      ),
    )
    return {
      ...collection,
      access: collectionAccess(collection),
      hooks: { ...collection.hooks, beforeChange: [refuseForbiddenChanges, ...(collection.hooks?.beforeChange ?? [])] },
    }
  }),
  jobs: {
    ...config.jobs,
    access: Object.fromEntries(Object.entries(JOBS_POLICY).map(([name, grants]) => [name, jobsAccess(grants)])),
  },
})

const jobsAccess =
  (grants: Grants) =>
  ({ req }: { req: PayloadRequest }) =>
    allowed(grants, { collection: 'payload-jobs', person: personOf(req) }) === true

/**
 * The collections Payload adds while it finishes the config (after the plugins): their access from the policy too, so
 * that no collection keeps a default nobody chose (Payload's default lets any signed-in user in).
 */
export async function withBuiltInCollectionsPolicy(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const collection of sanitized.collections) {
    requirePolicy(collection.slug)
    const access = collectionAccess(collection)
    // Payload fills in defaults for operations nobody configured: replace them all with the policy's.
    collection.access = { ...collection.access, ...access } as typeof collection.access
  }
  return sanitized
}
