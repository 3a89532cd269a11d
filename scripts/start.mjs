// `npm start`: the one command that serves ProcureSec on a fresh clone.
// 1. makes a local secret if none is configured (written to .env, which git ignores);
// 2. builds the production bundle if there is none or the sources are newer;
// 3. applies the database migrations and seeds an empty database;
// 4. serves the public site and the admin on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

const root = process.cwd()
nextEnv.loadEnvConfig(root)

const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
const port = env.PORT || '3000'
// The server accepts cookie-authenticated writes from its own origin on this port (src/security/origins.ts).
env.PORT = port

if (!env.PAYLOAD_SECRET) {
  const secret = randomBytes(32).toString('hex')
  appendFileSync(
    path.join(root, '.env'),
    `\n# Made by npm start on ${new Date().toISOString()}; keep it private.\nPAYLOAD_SECRET=${secret}\n`,
  )
  env.PAYLOAD_SECRET = secret
  console.log('[start] No PAYLOAD_SECRET configured: generated one and saved it in .env')
}
mkdirSync(path.join(root, 'data'), { recursive: true })

const run = (label, command, args, extraEnv = {}) => {
  console.log(`[start] ${label}…`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  if (result.status !== 0) {
    console.error(`[start] ${label} failed (exit code ${result.status}).`)
    process.exit(result.status ?? 1)
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name)

if (needsBuild()) run('Building the production bundle (about a minute)', bin('next'), ['build'])
else console.log('[start] Production bundle is up to date.')

// Booting Payload in production applies the committed migrations; the seed then fills an empty database.
run('Applying migrations and seeding an empty database', 'node', ['scripts/seed.mjs', '--if-empty'])

const server = spawn(bin('next'), ['start', '-p', port], { stdio: ['inherit', 'pipe', 'inherit'], env })
let announced = false
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /ready|started/i.test(String(chunk))) {
    announced = true
    const base = env.SERVER_URL || `http://localhost:${port}`
    console.log(`\n  ProcureSec is running.\n  Public site: ${base}/\n  Admin:       ${base}/admin\n`)
  }
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

/** True when there is no build, or when a source file is newer than it. */
function needsBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  const inputs = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
  return inputs.some((input) => newestMtime(path.join(root, input)) > built)
}

function newestMtime(file) {
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), stat.mtimeMs)
}
