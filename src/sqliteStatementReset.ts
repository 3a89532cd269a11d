// Works around a fault of the embedded SQLite driver (libsql): when a write fails part-way (e.g. SQLITE_BUSY after the
// busy timeout, a read-only or full disk), the failed statement is not reset. SQLite then keeps the implicit
// transaction of that statement open, and every later write of this connection joins it: visible to this process,
// never committed, and lost when the statement is eventually finalized. Seen in tests/integration/faults.test.ts.
// So after any failed statement the connection is replaced: the old one is rolled back (only the failed write is
// undone) and later writes go to a fresh connection that commits them.
import type { Payload } from 'payload'

type Client = {
  execute: (statement: unknown) => Promise<unknown>
  transaction: (mode: 'write' | 'read' | 'deferred') => Promise<{ close: () => void }>
  [PATCHED]?: true
}

const PATCHED = Symbol.for('procuresec.sqliteStatementReset')

export function resetStatementsAfterErrors(payload: Payload, busyTimeoutMs: number): void {
  const client = (payload.db as unknown as { client?: Client }).client
  if (!client || client[PATCHED] || payload.db.name !== 'sqlite') return
  const execute = client.execute.bind(client)
  let freshConnection = false
  client.execute = async (statement: unknown) => {
    if (freshConnection) {
      freshConnection = false
      await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    }
    try {
      return await execute(statement)
    } catch (error) {
      // transaction() hands the current connection to the transaction, whose close() rolls it back, and opens a new
      // connection at the next statement (which then gets the busy timeout again).
      try {
        const old = await client.transaction('deferred')
        old.close()
        freshConnection = true
      } catch (resetError) {
        payload.logger.error({ err: resetError, msg: 'Could not reset the SQLite connection after a failed statement' })
      }
      throw error
    }
  }
  client[PATCHED] = true
}
