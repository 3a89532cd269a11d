// Keeps the embedded SQLite driver's (libsql) connections healthy and its writers in line:
// - One writer at a time in this process (./sqliteWriteLock.ts): every transaction (every Payload write, see
//   src/db/adapter.ts) and every write outside one waits its turn without blocking the event loop. The driver
//   waits for a lock synchronously, so without this two concurrent saves of one server froze it for the busy timeout
//   (5 s) and then failed with 503 (found when review notifications were sent by parallel jobs). Other processes (a
//   seed, a second instance) are still waited for by SQLite's busy timeout.
// - When a statement fails part-way (SQLITE_BUSY after the busy timeout, a read-only or full disk), the driver does not
//   reset it. SQLite then keeps that statement's implicit transaction open, and every later write of the connection
//   joins it: visible to this process, never committed, lost when the statement is finalized (found by
//   tests/integration/faults.test.ts). So after any failed statement the connection is replaced: the old one is rolled
//   back (only the failed write is undone) and later statements go to a fresh connection.
// - Each transaction takes the client's connection with it and the client opens a new one; the busy timeout is a
//   setting of the connection, so each new one gets it again.
import type { Payload } from 'payload'

import { createWriteLock, type Release } from './sqliteWriteLock'

type Transaction = {
  close: () => void
  commit: () => Promise<void>
  rollback: () => Promise<void>
  execute: (statement: unknown) => Promise<unknown>
}
type Client = {
  execute: (statement: unknown) => Promise<unknown>
  batch: (statements: unknown[], mode?: string) => Promise<unknown>
  migrate: (statements: unknown[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  transaction: (mode: 'write' | 'read' | 'deferred') => Promise<Transaction>
  [PATCHED]?: true
}

const PATCHED = Symbol.for('procuresec.sqliteConnections')

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
const sqlOf = (statement: unknown) =>
  typeof statement === 'string' ? statement : String((statement as { sql?: unknown })?.sql ?? '')

export function manageSqliteConnections(payload: Payload, busyTimeoutMs: number): void {
  const client = (payload.db as unknown as { client?: Client }).client
  if (!client || client[PATCHED] || payload.db.name !== 'sqlite') return
  const lock = createWriteLock()
  const execute = client.execute.bind(client)
  const transaction = client.transaction.bind(client)
  let freshConnection = false
  const prepareConnection = async () => {
    if (!freshConnection) return
    freshConnection = false
    await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  }
  // transaction() hands the current connection to the transaction, whose close() rolls it back, and opens a new
  // connection at the next statement (which then gets the busy timeout again).
  const replaceConnection = async () => {
    try {
      const old = await transaction('deferred')
      old.close()
      freshConnection = true
    } catch (resetError) {
      payload.logger.error({ err: resetError, msg: 'Could not reset the SQLite connection after a failed statement' })
    }
  }
  client.transaction = async (mode) => {
    const release = mode === 'read' ? () => {} : await lock.acquire(busyTimeoutMs)
    try {
      await prepareConnection()
      const tx = await transaction(mode)
      freshConnection = true
      return releasingOnEnd(tx, release, replaceConnection)
    } catch (error) {
      release()
      // e.g. BEGIN IMMEDIATE timed out on a lock held by another process: the failed BEGIN stays on the connection
      // like any failed statement.
      await replaceConnection()
      throw error
    }
  }
  client.execute = async (statement: unknown) => {
    const release = WRITE.test(sqlOf(statement)) ? await lock.acquire(busyTimeoutMs) : undefined
    try {
      await prepareConnection()
      return await execute(statement)
    } catch (error) {
      await replaceConnection()
      throw error
    } finally {
      release?.()
    }
  }
  // Batches, migrations and scripts of several statements (schema pushes, migrations) write too.
  for (const method of ['batch', 'migrate', 'executeMultiple'] as const) {
    const original = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client)
    ;(client as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const release = await lock.acquire(busyTimeoutMs)
      try {
        await prepareConnection()
        return await original(...args)
      } finally {
        release()
      }
    }
  }
  client[PATCHED] = true
}

/** The transaction, releasing the write lock when it ends however it ends, and replacing its connection after a failure. */
function releasingOnEnd(tx: Transaction, release: Release, replaceConnection: () => Promise<void>): Transaction {
  const txExecute = tx.execute.bind(tx)
  const commit = tx.commit.bind(tx)
  const rollback = tx.rollback.bind(tx)
  const close = tx.close.bind(tx)
  // A statement failing inside the transaction (the transaction is then rolled back and its connection dropped) may
  // come from a state of the file the next connection shares, e.g. one opened read-only while the disk was: replace
  // that one too.
  tx.execute = async (statement: unknown) => {
    try {
      return await txExecute(statement)
    } catch (error) {
      await replaceConnection()
      throw error
    }
  }
  tx.commit = async () => {
    try {
      await commit()
    } finally {
      release()
    }
  }
  tx.rollback = async () => {
    try {
      await rollback()
    } finally {
      release()
    }
  }
  tx.close = () => {
    try {
      close()
    } finally {
      release()
    }
  }
  return tx
}
