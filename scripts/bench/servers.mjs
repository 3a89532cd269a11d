// The servers a benchmark measures: the production build (`next start`) on a given database, and a plain static file
// server on the same machine as the yardstick.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

export async function waitForHttp(url, timeoutMs = 120_000, child) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null)
      throw new Error(`The server exited (code ${child.exitCode}) before answering ${url}.`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`)
}

/** `next start` on the database `databaseUri`; the output is kept for the error message if it fails. */
export async function startNext({ databaseUri, port, env = {} }) {
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'benchmark-secret-not-for-production',
      PAYLOAD_JOBS_AUTORUN: 'false',
      SERVER_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/en`, 120_000, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${output.slice(-3000)}`)
  }
  return { url, child, output: () => output }
}

/** A plain Node static server (in its own process, like the app) that answers every request with one file. */
export async function startStatic({ file, port }) {
  const child = spawn(
    process.execPath,
    [new URL('./static-server.mjs', import.meta.url).pathname, file, String(port)],
    { stdio: 'inherit' },
  )
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url, 10_000, child)
  return { url, child }
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** Resident memory of a process and its children (next start runs the server in a child process), in MB. */
export function residentMemoryMB(pid) {
  const pids = [pid, ...childPids(pid)]
  let kb = 0
  for (const p of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))
      if (match) kb += Number(match[1])
    } catch {
      // the process is gone
    }
  }
  return Math.round(kb / 1024)
}

function childPids(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
    return children.flatMap((c) => [c, ...childPids(c)])
  } catch {
    return []
  }
}
