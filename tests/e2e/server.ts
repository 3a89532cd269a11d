// Serves the production build on a free port against a freshly seeded temporary database (jest global setup).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** Machine translations loaded for the browser tests (all 23 take ~90 s to load); others stay untranslated. */
export const E2E_LANGUAGES = ['fr', 'de', 'el', 'ga', 'pt']

export const SERVER_FILE = path.join(os.tmpdir(), 'procuresec-e2e-server.json')

const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export async function startServer(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-e2e-'))
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const build = spawnSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('next build failed')
  }
  // Booting Payload in production applies the migrations; then the seed fills the database.
  const seed = spawnSync('node', ['scripts/seed.mjs', `--languages=${E2E_LANGUAGES.join(',')}`], {
    cwd: root,
    env,
    encoding: 'utf8',
  })
  if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stdout}\n${seed.stderr}`)
  const port = await freePort()
  // Its own process group, so that teardown stops next and any worker it started.
  // PORT: the server accepts cookie-authenticated writes from its own origin (src/security/origins.ts).
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: 'pipe',
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    try {
      const response = await fetch(`${url}/api/good-practices?locale=en&limit=1&depth=0`)
      if (response.ok) {
        // The tests rely on the seeded content: say so plainly if the server does not serve it.
        const { totalDocs } = (await response.json()) as { totalDocs: number }
        if (totalDocs < 28) {
          await stopServer(child)
          throw new Error(
            `The e2e server serves ${totalDocs} published practices instead of 28.\nseed output:\n${seed.stdout}\n${seed.stderr}\nserver output:\n${output}`,
          )
        }
        writeFileSync(SERVER_FILE, JSON.stringify({ url, pid: child.pid, dir }))
        return { url, child, dir }
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The e2e server serves')) throw error
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  stopServer(child)
  throw new Error(`next start did not answer within 60 s:\n${output}`)
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  child.stdout?.destroy()
  child.stderr?.destroy()
}
