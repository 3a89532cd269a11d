import { ensureTools } from './ensureTools'
import { startServer } from './server'

export default async function globalSetup() {
  ensureTools()
  const { url, child } = await startServer()
  process.env.E2E_BASE_URL = url
  ;(globalThis as { __E2E_SERVER__?: unknown }).__E2E_SERVER__ = child
}
