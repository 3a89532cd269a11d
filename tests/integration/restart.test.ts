// A server killed in the middle of saving (power cut, OOM kill, `kill -9` during a deploy): the database stays
// consistent and no document is left half-saved. Each Payload write runs in one SQLite transaction
// (src/db/adapter.ts); without that, this test found a document with two versions marked "latest".
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'

const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-restart-'))
const url = `file:${path.join(dir, 'restart.db')}`
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the write loop (tests/fixtures/write-loop.ts) and kills it `afterMs` after it starts writing. */
function writeThenKill(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join('node_modules', '.bin', 'payload'), ['run', 'tests/fixtures/write-loop.ts'], {
      env: {
        ...process.env,
        DATABASE_URI: url,
        PAYLOAD_SECRET: 'restart-test-secret',
        PAYLOAD_JOBS_AUTORUN: 'false',
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The write loop did not start writing within 60 s:\n${output.slice(-2000)}`))
    }, 60_000)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      if (chunk.toString().includes('writing')) {
        clearTimeout(timer)
        setTimeout(() => child.kill('SIGKILL'), afterMs)
      }
    })
    child.on('exit', () => resolve())
  })
}

describe('killed while saving', () => {
  it('leaves a consistent database: one latest version per document, every language row in place', async () => {
    for (const afterMs of [700, 1100, 1500, 1900, 2300]) await writeThenKill(afterMs)
    const db = createClient({ url })
    try {
      // Opening the file rolls back the transaction the kill interrupted (SQLite's hot journal).
      expect((await db.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok')
      const versions = await db.execute(
        'SELECT parent_id, count(*) AS n, sum(latest) AS latest FROM _threats_v GROUP BY parent_id',
      )
      expect(versions.rows.length).toBe(1)
      expect(Number(versions.rows[0]!.n)).toBeGreaterThan(5) // it did write, several times
      expect(Number(versions.rows[0]!.latest)).toBe(1)
      // The published document has its texts in the languages it was written in.
      const locales = await db.execute('SELECT _locale, title FROM threats_locales ORDER BY _locale')
      expect(locales.rows.map((r) => r._locale)).toEqual(expect.arrayContaining(['en']))
      for (const row of locales.rows) expect(String(row.title)).toMatch(/^Round \d+$/)
    } finally {
      db.close()
    }
  }, 240_000)
})
