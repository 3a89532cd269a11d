// Keeps the embedded SQLite driver's (libsql) connections healthy:
// - When a statement fails part-way (SQLITE_BUSY after the busy timeout, a read-only or full disk), the driver does not
//   reset it. SQLite then keeps that statement's implicit transaction open, and every later write of the connection
//   joins it: visible to this process, never committed, lost when the statement is finalized (found by
//   tests/integration/faults.test.ts). So after any failed statement the connection is replaced: the old one is rolled
//   back (only the failed write is undone) and later statements go to a fresh connection.
// - Each transaction (every Payload write, see src/databaseAdapter.ts) takes the client's connection with it and the
//   client opens a new one; the busy timeout is a setting of the connection, so each new one gets it again.
import type { Payload } from 'payload'

type Client = {
  execute: (statement: unknown) => Promise<unknown>
  transaction: (mode: 'write' | 'read' | 'deferred') => Promise<{ close: () => void; execute: (statement: unknown) => Promise<unknown> }>
  [PATCHED]?: true
}

const PATCHED = Symbol.for('procuresec.sqliteStatementReset')

export function resetStatementsAfterErrors(payload: Payload, busyTimeoutMs: number): void {
  const client = (payload.db as unknown as { client?: Client }).client
  if (!client || client[PATCHED] || payload.db.name !== 'sqlite') return
  const execute = client.execute.bind(client)
  let freshConnection = false
  const transaction = client.transaction.bind(client)
  const prepareConnection = async () => {
    if (!freshConnection) return
    freshConnection = false
    await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  }
  // Each transaction takes the current connection with it; the client opens a new one at the next statement, which
  // needs the busy timeout too (it is a setting of the connection, not of the file).
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
    await prepareConnection()
    try {
      const tx = await transaction(mode)
      freshConnection = true
      // A statement failing inside the transaction (the transaction is then rolled back and its connection dropped)
      // may come from a state of the file the next connection shares, e.g. one opened read-only while the disk was:
      // replace that one too.
      const txExecute = tx.execute.bind(tx)
      tx.execute = async (statement: unknown) => {
        try {
          return await txExecute(statement)
        } catch (error) {
          await replaceConnection()
          throw error
        }
      }
      return tx
    } catch (error) {
      // e.g. BEGIN IMMEDIATE timed out on a lock: the failed BEGIN stays on the connection like any failed statement.
      await replaceConnection()
      throw error
    }
  }
  client.execute = async (statement: unknown) => {
    await prepareConnection()
    try {
      return await execute(statement)
    } catch (error) {
      await replaceConnection()
      throw error
    }
  }
  client[PATCHED] = true
}
