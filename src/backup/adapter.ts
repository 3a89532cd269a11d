// What the restore needs from the database beyond Payload's adapter interface: a transaction on SQLite, and versions
// written with their own ids. Everything here is specific to the SQL adapters (@payloadcms/drizzle); on MongoDB the
// restore uses the adapter's interface only.
import { beginTransaction as drizzleBeginTransaction, upsertRow, type DrizzleAdapter } from '@payloadcms/drizzle'
import { buildVersionCollectionFields, type Payload, type PayloadRequest } from 'payload'

import type { ContentCollection } from '@/workflow/rules/collections'
import type { DumpVersion } from './format'

const isDrizzle = (db: Payload['db']): db is Payload['db'] & DrizzleAdapter =>
  'drizzle' in db && 'sessions' in db && 'tableNameMap' in db

/**
 * Opens a transaction for the whole restore and returns its id, or null when the database has none. The app's SQLite
 * adapter has transactions on (src/db/adapter.ts), so Payload opens it; an SQL adapter configured without them gets
 * one opened with the adapter's own implementation (the restore is the only writer). MongoDB has them on a replica set
 * only (the adapter returns null otherwise).
 */
export async function beginRestoreTransaction(payload: Payload): Promise<string | number | null> {
  const id = await payload.db.beginTransaction()
  if (id !== null) return id
  if (isDrizzle(payload.db)) return drizzleBeginTransaction.call(payload.db) // libsql: BEGIN IMMEDIATE
  return null
}

/**
 * Writes one version as it was: same id, same dates, same `latest` flag. On SQL databases this is the adapter's own
 * createVersion without its two changes (a new id; `latest` recomputed from the dates). On MongoDB, whose adapter
 * offers no way to keep the id, it is createVersion: the version gets a new id and `latest` is recomputed (the
 * versions are written oldest first, so the newest is the latest, as before).
 */
export async function insertVersion(
  payload: Payload,
  collection: ContentCollection,
  version: DumpVersion,
  req: PayloadRequest,
): Promise<void> {
  const {
    id,
    parent,
    version: versionData,
    createdAt,
    updatedAt,
    latest,
    autosave,
    snapshot,
    publishedLocale,
  } = version
  const db = payload.db
  if (!isDrizzle(db)) {
    await db.createVersion({
      collectionSlug: collection,
      parent,
      versionData: versionData as never,
      createdAt,
      updatedAt,
      autosave: Boolean(autosave),
      snapshot: snapshot ? true : undefined,
      publishedLocale: publishedLocale ?? undefined,
      returning: false,
      req,
    })
    return
  }
  const config = payload.collections[collection].config
  const tableName = db.tableNameMap.get(`_${collection.replace(/-/g, '_')}${db.versionsSuffix ?? '_v'}`)
  if (!tableName) throw new Error(`No versions table for ${collection}.`)
  const transaction = req.transactionID ? db.sessions[String(await req.transactionID)]?.db : undefined
  await upsertRow({
    adapter: db,
    collectionSlug: collection,
    customID: id,
    data: { autosave, createdAt, latest, parent, publishedLocale, snapshot, updatedAt, version: versionData },
    db: transaction ?? db.drizzle,
    fields: buildVersionCollectionFields(payload.config, config, true),
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName,
  })
}
