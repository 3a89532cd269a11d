// Boots Payload on a fresh SQLite database (and a fresh upload directory) for one test file.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestPayload = { payload: Payload; cleanup: () => Promise<void> }

/** `schema: 'migrations'` leaves the database empty for a test to apply the committed migrations itself. */
export async function startTestPayload(options: { schema?: 'pushed' | 'migrations' } = {}): Promise<TestPayload> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-test-'))
  // Must be set before the config module is evaluated (it reads them at import time).
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  // Payload pushes the schema to a development database unless it is migrating.
  if (options.schema === 'migrations') process.env.PAYLOAD_MIGRATING = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    cleanup: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
