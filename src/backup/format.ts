// The backup file (`npm run export` / `npm run import`): its shape, and the check that refuses anything else. Pure.
//
// A dump holds what the database adapter stores, read and written below Payload's operations (no hooks, no access
// control): every document with all its languages, links as ids (depth 0), and every version of the versioned
// collections, so that the published document, the newest draft and the per-language status of both survive.
import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'

export const DUMP_FORMAT = 'procuresec.dump/1'
const FORMAT_NAME = 'procuresec.dump'

/**
 * The collections a dump holds, in the order they are restored (a document is written after those it links to).
 * `payload-jobs` holds the scheduled publications still to run. Not dumped: `payload-preferences` (admin list and
 * column preferences), `payload-locked-documents` (who is editing what right now), `payload-kv`, `payload-migrations`
 * (the target database has its own schema state).
 */
export const DUMPED_COLLECTIONS = [
  'users',
  'media',
  'references',
  'guidelines',
  'assets',
  'threats',
  'good-practices',
  'packs',
  'translations',
  'review-events',
  'payload-jobs',
] as const
export type DumpedCollection = (typeof DUMPED_COLLECTIONS)[number]

/** The collections with versions (drafts, per-language publishing). */
export const VERSIONED_COLLECTIONS: readonly ContentCollection[] = CONTENT_COLLECTIONS

/**
 * What an account stores that a dump never carries: credentials, reset tokens, sessions, lockout counters.
 * Restored accounts have no password: each person sets a new one (see README, "Backup and restore").
 */
export const USER_SECRET_FIELDS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  '_verificationToken',
] as const

export type DumpDocument = Record<string, unknown> & { id: string }

export type DumpVersion = {
  id: string
  parent: string
  /** The document as it was saved in this version, every language. */
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  /** The newest version of its document (what the admin and `draft: true` reads show). */
  latest?: boolean | null
  autosave?: boolean | null
  /** Payload's copy of the other languages' drafts made when one language is published (localizeStatus). */
  snapshot?: boolean | null
  /** The language a version published, when one language was published on its own. */
  publishedLocale?: string | null
}

export type Dump = {
  format: typeof DUMP_FORMAT
  exportedAt: string
  /** The database adapter the dump was read from (`sqlite`, `mongoose`): ids are restored as they are. */
  database: string
  /** The languages of the site the dump was read from. */
  locales: string[]
  collections: Record<DumpedCollection, DumpDocument[]>
  versions: Record<ContentCollection, DumpVersion[]>
}

/** A backup file that is not a valid dump of this format: nothing is written. */
export class DumpFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DumpFormatError'
  }
}

/** An account without what USER_SECRET_FIELDS lists. */
export function withoutSecrets(user: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...user }
  for (const field of USER_SECRET_FIELDS) delete copy[field]
  return copy
}

/** Documents by id and versions by document, then date: two dumps of the same content are the same text. */
export function sortDump(dump: Dump): Dump {
  const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id)
  const byParentThenDate = (a: DumpVersion, b: DumpVersion) =>
    compare(a.parent, b.parent) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id)
  return {
    ...dump,
    collections: Object.fromEntries(
      DUMPED_COLLECTIONS.map((slug) => [slug, [...dump.collections[slug]].sort(byId)]),
    ) as Dump['collections'],
    versions: Object.fromEntries(
      VERSIONED_COLLECTIONS.map((slug) => [slug, [...dump.versions[slug]].sort(byParentThenDate)]),
    ) as Dump['versions'],
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Parses and checks a backup file; throws DumpFormatError naming the first problem found. */
export function parseDump(text: string): Dump {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new DumpFormatError(`The file is not JSON: ${(error as Error).message}`)
  }
  return validateDump(value)
}

/** Checks the structure of a parsed backup file; throws DumpFormatError naming the first problem found. */
export function validateDump(value: unknown): Dump {
  if (!isObject(value))
    throw new DumpFormatError('The file is not a ProcureSec dump: expected a JSON object at the top level.')
  const { format } = value
  if (typeof format !== 'string' || !format.startsWith(`${FORMAT_NAME}/`)) {
    throw new DumpFormatError(
      `The file is not a ProcureSec dump: "format" is ${JSON.stringify(format)}, expected "${DUMP_FORMAT}".`,
    )
  }
  if (format !== DUMP_FORMAT) {
    throw new DumpFormatError(
      `Unsupported dump version "${format}": this version of ProcureSec reads "${DUMP_FORMAT}" only.`,
    )
  }
  if (!isDate(value.exportedAt)) throw new DumpFormatError('"exportedAt" must be an ISO date.')
  if (typeof value.database !== 'string' || value.database === '')
    throw new DumpFormatError('"database" must name the database adapter.')
  const locales = value.locales
  if (!Array.isArray(locales) || locales.length === 0 || !locales.every((l) => typeof l === 'string')) {
    throw new DumpFormatError('"locales" must be a non-empty list of language codes.')
  }

  const collections = checkKeys(value.collections, 'collections', DUMPED_COLLECTIONS)
  const ids = new Map<string, Set<string>>()
  for (const slug of DUMPED_COLLECTIONS) {
    const docs = checkArray(collections[slug], `collections.${slug}`)
    const seen = new Set<string>()
    docs.forEach((doc, i) => {
      const where = `collections.${slug}[${i}]`
      if (!isObject(doc)) throw new DumpFormatError(`${where} is not an object.`)
      checkId(doc.id, `${where}.id`, seen, slug)
      for (const field of ['createdAt', 'updatedAt']) {
        if (doc[field] != null && !isDate(doc[field]))
          throw new DumpFormatError(`${where}.${field} must be an ISO date.`)
      }
      if (slug === 'users') {
        const secret = USER_SECRET_FIELDS.find((field) => field in doc)
        if (secret) throw new DumpFormatError(`${where} carries "${secret}": a dump never holds credentials.`)
      }
    })
    ids.set(slug, seen)
  }

  const versions = checkKeys(value.versions, 'versions', VERSIONED_COLLECTIONS)
  for (const slug of VERSIONED_COLLECTIONS) {
    const seen = new Set<string>()
    checkArray(versions[slug], `versions.${slug}`).forEach((version, i) => {
      const where = `versions.${slug}[${i}]`
      if (!isObject(version)) throw new DumpFormatError(`${where} is not an object.`)
      checkId(version.id, `${where}.id`, seen, `versions.${slug}`)
      if (typeof version.parent !== 'string' || !ids.get(slug)?.has(version.parent)) {
        throw new DumpFormatError(
          `${where}.parent (${JSON.stringify(version.parent)}) is not the id of a document in collections.${slug}.`,
        )
      }
      if (!isObject(version.version)) throw new DumpFormatError(`${where}.version must be an object.`)
      if (!isDate(version.createdAt) || !isDate(version.updatedAt))
        throw new DumpFormatError(`${where} needs ISO dates in createdAt and updatedAt.`)
      for (const flag of ['latest', 'autosave', 'snapshot']) {
        if (version[flag] != null && typeof version[flag] !== 'boolean')
          throw new DumpFormatError(`${where}.${flag} must be true, false or null.`)
      }
      if (version.publishedLocale != null && !locales.includes(version.publishedLocale as string)) {
        throw new DumpFormatError(
          `${where}.publishedLocale ${JSON.stringify(version.publishedLocale)} is not one of the dump's locales.`,
        )
      }
    })
  }
  return value as unknown as Dump
}

/** Collections added after the first dumps were made: a dump without them holds none (it is not incomplete). */
const ADDED_LATER = new Set(['packs'])

function checkKeys(value: unknown, name: string, expected: readonly string[]): Record<string, unknown> {
  if (!isObject(value)) throw new DumpFormatError(`"${name}" must be an object keyed by collection.`)
  for (const key of expected) if (ADDED_LATER.has(key) && !(key in value)) value[key] = []
  const missing = expected.filter((key) => !(key in value))
  if (missing.length > 0) throw new DumpFormatError(`"${name}" lacks ${missing.map((m) => `"${m}"`).join(', ')}.`)
  const unknown = Object.keys(value).filter((key) => !expected.includes(key))
  if (unknown.length > 0)
    throw new DumpFormatError(`"${name}" has unknown collection(s) ${unknown.map((u) => `"${u}"`).join(', ')}.`)
  return value
}

function checkArray(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) throw new DumpFormatError(`${name} must be a list.`)
  return value
}

function checkId(id: unknown, where: string, seen: Set<string>, collection: string) {
  if (typeof id !== 'string' || id === '') throw new DumpFormatError(`${where} must be a non-empty string.`)
  if (seen.has(id)) throw new DumpFormatError(`${where}: the id "${id}" appears twice in ${collection}.`)
  seen.add(id)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)
