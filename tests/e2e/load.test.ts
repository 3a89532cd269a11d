// 50 concurrent connections on the tool and detail pages: no errors, no non-2xx answer, memory back near where it
// was. (`npm run bench -- --load` runs the same for 60 s and prints the figures.)
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { measureMix } from '../../scripts/bench/load.mjs'
import { residentMemoryMB } from '../../scripts/bench/servers.mjs'
import { baseUrl } from '../helpers/browser'

const serverPid = () =>
  (JSON.parse(readFileSync(path.join(os.tmpdir(), 'procuresec-e2e-server.json'), 'utf8')) as { pid: number }).pid

describe('under load', () => {
  it('serves 50 connections for 20 s without an error', async () => {
    const paths = [
      '/en',
      '/de?phase=source',
      '/fr/good-practices/involve-the-it-department',
      '/el/threats/fire',
      '/ga/assets/medical-devices',
      '/en/export?format=csv&phase=plan',
    ]
    for (const p of paths) expect((await fetch(`${baseUrl()}${p}`)).status).toBe(200)
    const before = residentMemoryMB(serverPid())
    const result = await measureMix({ baseUrl: baseUrl(), paths, connections: 50, duration: 20 })
    await new Promise((resolve) => setTimeout(resolve, 5000))
    const after = residentMemoryMB(serverPid())
    console.log(
      `load: ${result.requests} requests, ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms; memory ${before} → ${after} MB`,
    )
    expect(result.requests).toBeGreaterThan(100)
    expect(result.errors).toBe(0)
    expect(result.non2xx).toBe(0)
    // Steady: the content cache is bounded, so memory does not grow with the number of requests.
    expect(after).toBeLessThan(before * 1.5 + 100)
  }, 60_000)
})
