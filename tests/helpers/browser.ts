// Real Chromium (Debian's package) driven by playwright-core; nothing is downloaded. Playwright gives each launch a
// fresh temporary profile.
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Where the e2e server listens (written by the jest global setup). */
export function baseUrl(): string {
  const file = path.join(os.tmpdir(), 'procuresec-e2e-server.json')
  const url =
    process.env.E2E_BASE_URL ??
    (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { url: string }).url : undefined)
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests through jest (global setup starts the server).')
  return url
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
