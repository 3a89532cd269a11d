// The server refuses to start in production without a real secret.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

describe('production start', () => {
  it('is refused with a PAYLOAD_SECRET shorter than 16 characters, with a clear message', () => {
    const secret = 'secret'
    const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-secret-'))
    const result = spawnSync('node', ['scripts/seed.mjs'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        DATABASE_URI: `file:${path.join(dir, 'x.db')}`,
      },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toContain('PAYLOAD_SECRET must be set')
  })
})
