import { rmSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'

import { SERVER_FILE, stopServer } from './server'

export default async function globalTeardown() {
  const child = (globalThis as { __E2E_SERVER__?: ChildProcess }).__E2E_SERVER__
  if (child) await stopServer(child)
  rmSync(SERVER_FILE, { force: true })
}
