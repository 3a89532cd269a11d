// Writes a dump (./format.ts) into an empty database, with the same ids, so that every link holds. Written through
// the database adapter, like the seed's bookkeeping: no hooks run (no review events, translation records or
// notifications are made up), the workflow state is restored as it was. All or nothing: inside one transaction, or,
// where the database has none, by emptying what was written again when a write fails (the database was empty).
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { beginRestoreTransaction, insertVersion } from './adapter'
import { DUMPED_COLLECTIONS, parseDump, VERSIONED_COLLECTIONS, type Dump, type DumpedCollection } from './format'

/** The database cannot take this dump (not empty, another kind of database, other languages): nothing is written. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

/** A restore failed and what it had written could not be removed: the database must be emptied by hand. */
export class PartialRestoreError extends Error {
  constructor(message: string) {
    super(`${message} The database may hold part of the dump: empty it (or start from a new one) before trying again.`)
    this.name = 'PartialRestoreError'
  }
}

export type RestoreOptions = {
  log?: (line: string) => void
  /** false: no transaction, even where the database has one (the path taken on MongoDB without a replica set). */
  useTransaction?: boolean
}

export type RestoreReport = {
  documents: Partial<Record<DumpedCollection, number>>
  versions: Partial<Record<string, number>>
  /** How all-or-nothing was ensured: one database transaction, or emptying the database again on failure. */
  atomicity: 'transaction' | 'cleanup-on-failure'
}

/** Parses, checks and restores a backup file's text. */
export async function restoreFromText(
  payload: Payload,
  text: string,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  return restoreDatabase(payload, parseDump(text), options)
}

export async function restoreDatabase(
  payload: Payload,
  dump: Dump,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const log = options.log ?? (() => {})
  checkCompatible(payload, dump)
  await checkEmpty(payload)

  const req = await createLocalReq({}, payload)
  const transactionID = options.useTransaction === false ? null : await beginRestoreTransaction(payload)
  if (transactionID !== null) req.transactionID = transactionID
  const atomicity = transactionID !== null ? 'transaction' : 'cleanup-on-failure'
  try {
    const report = await writeAll(payload, dump, req, log)
    await checkCounts(payload, dump, req)
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    // A commit that failed is not reported by the adapter: count again outside the transaction.
    await checkCounts(payload, dump)
    return { ...report, atomicity }
  } catch (error) {
    try {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      else await emptyAgain(payload)
    } catch (undoError) {
      throw new PartialRestoreError(
        `${(error as Error).message} Undoing the partial restore failed too (${(undoError as Error).message}).`,
      )
    }
    throw error
  }
}

function checkCompatible(payload: Payload, dump: Dump) {
  if (dump.database !== payload.db.name) {
    throw new RestoreRefusedError(
      `This dump was read from a ${dump.database} database; this site uses ${payload.db.name}. A dump is restored into the same kind of database (their ids differ).`,
    )
  }
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  const foreign = dump.locales.filter((code) => !locales.includes(code))
  if (foreign.length > 0)
    throw new RestoreRefusedError(`The dump holds languages this site does not have: ${foreign.join(', ')}.`)
  for (const slug of DUMPED_COLLECTIONS) {
    if (dump.collections[slug].length > 0 && !payload.collections[slug]) {
      throw new RestoreRefusedError(`The dump holds ${slug}, a collection this site does not have.`)
    }
  }
}

async function checkEmpty(payload: Payload) {
  const counts = await countAll(payload)
  const filled = Object.entries(counts).filter(([, n]) => n > 0)
  if (filled.length > 0) {
    throw new RestoreRefusedError(
      `The database is not empty (${filled.map(([slug, n]) => `${slug}: ${n}`).join(', ')}). ` +
        'Restore into an empty database: point DATABASE_URI to a new database, and create no account before the restore.',
    )
  }
}

async function writeAll(payload: Payload, dump: Dump, req: PayloadRequest, log: (line: string) => void) {
  const documents: RestoreReport['documents'] = {}
  const versions: RestoreReport['versions'] = {}
  for (const slug of DUMPED_COLLECTIONS) {
    for (const doc of dump.collections[slug]) {
      await attempt(`${slug} ${doc.id}`, () =>
        payload.db.create({ collection: slug, data: structuredClone(doc), customID: doc.id, req, returning: false }),
      )
    }
    documents[slug] = dump.collections[slug].length
    log(`${slug}: ${documents[slug]} documents`)
    // The versions of a collection right after its documents: their parents exist, and the documents that link to them
    // (translations, review events) come later.
    if ((VERSIONED_COLLECTIONS as readonly string[]).includes(slug)) {
      const collection = slug as (typeof VERSIONED_COLLECTIONS)[number]
      // Oldest first: where the adapter recomputes `latest` (MongoDB), the newest ends up the latest, as it was.
      const ordered = [...dump.versions[collection]].sort(
        (a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.createdAt.localeCompare(b.createdAt),
      )
      for (const version of ordered) {
        await attempt(`${collection} version ${version.id}`, () =>
          insertVersion(payload, collection, structuredClone(version), req),
        )
      }
      versions[collection] = ordered.length
      log(`${collection}: ${ordered.length} versions`)
    }
  }
  return { documents, versions }
}

async function attempt(what: string, write: () => Promise<unknown>) {
  try {
    await write()
  } catch (error) {
    const failure = error as Error & {
      cause?: { message?: string }
      data?: { errors?: Array<{ path?: string; message?: string }> }
    }
    const fields = failure.data?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')
    throw new Error(
      `Could not write ${what}: ${fields ? `${failure.message} (${fields})` : (failure.cause?.message ?? failure.message)}`,
      { cause: error },
    )
  }
}

/** Documents and versions per collection, as the database holds them. */
async function countAll(payload: Payload, req?: PayloadRequest): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const slug of DUMPED_COLLECTIONS) {
    if (payload.collections[slug]) counts[slug] = (await payload.db.count({ collection: slug, req })).totalDocs
  }
  for (const slug of VERSIONED_COLLECTIONS)
    counts[`${slug} versions`] = (await payload.db.countVersions({ collection: slug, req })).totalDocs
  return counts
}

async function checkCounts(payload: Payload, dump: Dump, req?: PayloadRequest) {
  const counts = await countAll(payload, req)
  const expected: Record<string, number> = {}
  for (const slug of DUMPED_COLLECTIONS) if (payload.collections[slug]) expected[slug] = dump.collections[slug].length
  for (const slug of VERSIONED_COLLECTIONS) expected[`${slug} versions`] = dump.versions[slug].length
  const wrong = Object.keys(expected).filter((key) => counts[key] !== expected[key])
  if (wrong.length > 0) {
    throw new Error(
      `The restored database does not match the dump: ${wrong.map((key) => `${key} ${counts[key]} instead of ${expected[key]}`).join(', ')}.`,
    )
  }
}

/** Without a transaction: removes what a failed restore wrote (the database was empty before it). */
async function emptyAgain(payload: Payload) {
  const everything = { id: { exists: true } }
  for (const slug of [...DUMPED_COLLECTIONS].reverse()) {
    if ((VERSIONED_COLLECTIONS as readonly string[]).includes(slug)) {
      await payload.db.deleteVersions({ collection: slug as (typeof VERSIONED_COLLECTIONS)[number], where: everything })
    }
    if (payload.collections[slug]) await payload.db.deleteMany({ collection: slug, where: everything })
  }
}
