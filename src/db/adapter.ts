import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { migrations } from '@/migrations'
import { chooseDatabase } from './database'

/** How long a SQLite write waits for a lock held by another connection. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/** How long to look for a MongoDB server before giving up with a clear error. */
const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5000

export function databaseAdapter(): DatabaseAdapterObj {
  const choice = chooseDatabase(process.env.DATABASE_URI, process.env.NODE_ENV)
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  ensureDirectoryOf(choice.url)
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    // A write that finds the database locked (another process writing, a backup running) waits up to 5 s for it
    // rather than failing at once with SQLITE_BUSY.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // Each Payload write in one transaction (BEGIN IMMEDIATE), so that a crash or a kill in the middle of a save never
    // leaves half of it (e.g. two versions marked latest). Off by default in the adapter; the busy timeout that makes
    // concurrent writers wait is given to every connection in src/db/sqliteConnections.ts.
    transactionOptions: {},
    migrationDir: './src/migrations',
    // `next start` (production) applies the committed migrations on boot; it never pushes the schema.
    prodMigrations: migrations,
  })
}

/** libsql creates the database file but not its folder (e.g. `data/` on a fresh clone). */
function ensureDirectoryOf(fileUrl: string): void {
  const file = fileUrl.replace(/^file:/, '')
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
