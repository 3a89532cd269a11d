// Reading a document's language rows by parent uses an index once SQLite has statistics (src/db/sqliteStatistics.ts);
// without them it scanned the whole table per row (63 s for 1,034 practices).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seedDatabase } from '../../seed/seed'
import { refreshPlannerStatistics } from '@/db/sqliteStatistics'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await seedDatabase(t.payload, { languages: ['fr'] })
})
afterAll(async () => {
  await t?.cleanup()
})

describe('SQLite query plans', () => {
  it("find a requirement's language rows through the index, not by scanning the table", async () => {
    await refreshPlannerStatistics(t.payload)
    const client = (
      t.payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
      }
    ).client
    const plan = await client.execute(
      "EXPLAIN QUERY PLAN SELECT requirement FROM good_practices_requirements_locales WHERE _parent_id = 'x'",
    )
    const detail = plan.rows.map((row) => String(row.detail)).join(' | ')
    expect(detail).toMatch(/USING (COVERING )?INDEX/)
    expect(detail).not.toMatch(/^SCAN good_practices_requirements_locales$/)
  })
})
