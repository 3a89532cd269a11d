// The project's scripts start on the first try, every time: ten runs in a row of the seed, the export and the import,
// each with a cold TypeScript cache (the way a fresh machine starts them). `payload run` exited without running the
// script in about one run of three, and the scripts retried up to three times.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

const RUNS = 10
const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-scripts-'))
const database = `file:${path.join(dir, 'scripts.db')}`

const envFor = (uri: string, tmp: string) => ({
  ...process.env,
  NODE_OPTIONS: '',
  NODE_ENV: 'production' as const,
  DATABASE_URI: uri,
  PAYLOAD_SECRET: 'scripts-test-secret-0123456789',
  TMPDIR: tmp,
  MEDIA_DIR: path.join(dir, 'media'),
})

/** Runs `node scripts/<script> ...args` as npm would, with its own empty temporary folder (so tsx compiles afresh). */
function run(script: string, args: string[], uri = database) {
  const tmp = mkdtempSync(path.join(dir, 'tmp-'))
  const result = spawnSync(process.execPath, [path.join('scripts', script), ...args], {
    encoding: 'utf8',
    env: envFor(uri, tmp),
  })
  rmSync(tmp, { recursive: true, force: true })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/** The same, without waiting: two runs at a time keep both cores busy (each start takes ~6 s, most of it loading). */
function runAsync(script: string, args: string[], uri = database): Promise<{ status: number | null; output: string }> {
  const tmp = mkdtempSync(path.join(dir, 'tmp-'))
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join('scripts', script), ...args], { env: envFor(uri, tmp) })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => {
      rmSync(tmp, { recursive: true, force: true })
      resolve({ status, output })
    })
  })
}

async function tenTimes<T>(attempt: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < RUNS; i += 2) results.push(...(await Promise.all([attempt(i), attempt(i + 1)])))
  return results
}

beforeAll(() => {
  const seeded = run('seed.mjs', ['--languages=fr'])
  expect(seeded.output).toContain('[seed] done in')
  expect(seeded.status).toBe(0)
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe(`each script, ${RUNS} times in a row`, () => {
  it('the seed (on a database that has content: it says so and changes nothing)', async () => {
    const results = await tenTimes(async (i) => {
      const { status, output } = await runAsync('seed.mjs', ['--if-empty'])
      return { run: i, status, said: output.includes('already holds content: nothing seeded') }
    })
    expect(results).toEqual(results.map((_, i) => ({ run: i, status: 0, said: true })))
  })

  it('the export', async () => {
    const results = await tenTimes(async (i) => {
      const out = path.join(dir, `dump-${i}.json`)
      const { status } = await runAsync('backup.mjs', ['export', '--out', out])
      return { run: i, status, written: existsSync(out) }
    })
    expect(results).toEqual(results.map((_, i) => ({ run: i, status: 0, written: true })))
  })

  it('the import (refused into a database that has content, then done into an empty one)', async () => {
    const dump = path.join(dir, 'dump-0.json')
    const results = await tenTimes(async (i) => {
      const { status, output } = await runAsync('backup.mjs', ['import', '--in', dump])
      return { run: i, status, said: /not empty/i.test(output) }
    })
    expect(results).toEqual(results.map((_, i) => ({ run: i, status: 2, said: true })))
    const { status, output } = run('backup.mjs', ['import', '--in', dump], `file:${path.join(dir, 'restored.db')}`)
    expect(output).toMatch(/restored \d+ documents/)
    expect(status).toBe(0)
  })
})
