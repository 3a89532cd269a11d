// Gives SQLite's query planner statistics (ANALYZE) when the server starts. Payload indexes the language rows of
// repeated fields (e.g. a practice's requirements) on (language, parent); reading a document's rows asks by parent
// only. Without statistics SQLite cannot use that index for it and scans the whole table once per row: reading 1,034
// practices took 63 s (measured with `npm run seed -- --scale 1000`). With statistics it skips over the 24 languages
// in the index: 2.2 s. ANALYZE itself takes a fraction of a second.
import type { Payload } from 'payload'

export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client?: { execute: (sql: string) => Promise<unknown> } }).client
  try {
    await client?.execute('ANALYZE')
  } catch (error) {
    // E.g. a read-only database: queries still work, only slower on large data sets.
    payload.logger.warn({ err: error, msg: 'Could not refresh the SQLite query planner statistics (ANALYZE)' })
  }
}
