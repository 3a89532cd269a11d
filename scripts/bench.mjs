// `npm run bench [-- --scale N] [--duration S] [--connections C] [--load] [--no-cache] [--db FILE] [--url URL] [--json FILE]`
// Measures the production build against a plain static file on the same machine (see README, "Performance").
// By default it seeds a fresh temporary SQLite database (with N synthetic practices when --scale is given), starts
// `next start` on it, and prints Markdown tables.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { browserFigures } from './bench/browser.mjs'
import { measure, measureMix } from './bench/load.mjs'
import { benchmarkUsers, publishToVisible } from './bench/publish.mjs'
import { keyValueTable, resultTable } from './bench/report.mjs'
import { freePort, residentMemoryMB, startNext, startStatic, stop } from './bench/servers.mjs'

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    load: { type: 'boolean', default: false },
    'load-duration': { type: 'string', default: '60' },
    db: { type: 'string' },
    url: { type: 'string' },
    json: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-publish': { type: 'boolean', default: false },
    // measures without the public page cache (src/cache/publicCache.ts), for before/after figures
    'no-cache': { type: 'boolean', default: false },
  },
})
const duration = Number(args.duration)
const connections = Number(args.connections)
const log = (line) => console.error(`[bench] ${line}`)

const work = mkdtempSync(path.join(os.tmpdir(), 'procuresec-bench-'))
const children = []
const results = { machine: { cpus: os.cpus().length, node: process.version }, options: args }
try {
  const baseUrl = args.url ?? (await startOwnServer())
  const targets = await discoverTargets(baseUrl)

  // The yardstick: the tool page's HTML as a static file.
  const html = await (await fetch(`${baseUrl}/en`)).text()
  const file = path.join(work, 'tool.html')
  writeFileSync(file, html)
  const staticServer = await startStatic({ file, port: await freePort() })
  children.push(staticServer.child)

  log(`measuring ${targets.length + 1} targets, ${duration} s each with ${connections} connections`)
  const reference = {
    name: 'static file (tool page HTML)',
    ...(await measure({ url: staticServer.url, connections, duration })),
  }
  const rows = []
  for (const target of targets) {
    log(target.name)
    rows.push({
      name: target.name,
      path: target.path,
      ...(await measure({ url: `${baseUrl}${target.path}`, connections, duration })),
    })
  }
  results.throughput = { reference, rows }
  console.log(`\n## Throughput (${duration} s per row, ${connections} connections, ${os.cpus().length} CPUs)\n`)
  console.log(resultTable(rows, reference))

  if (!args['skip-publish']) {
    log('publish → visible')
    const users = await benchmarkUsers(baseUrl)
    const delays = []
    for (let round = 1; round <= 3; round++)
      delays.push(await publishToVisible(baseUrl, users, targets.practice, round))
    results.publishToVisibleMs = delays
    console.log(
      `\n${keyValueTable(
        'Publish (REST) → visible on the public page',
        delays.map((ms, i) => [`round ${i + 1}`, `${ms.toFixed(0)} ms`]),
      )}`,
    )
  }

  if (!args['skip-browser']) {
    log('browser')
    const figures = await browserFigures(baseUrl, { assetSlug: targets.assetSlug })
    results.browser = figures
    if (figures) {
      console.log(
        `\n${keyValueTable('Tool page in Chromium', [
          [
            'first-load JavaScript (uncompressed)',
            `${figures.firstLoad.kb.toFixed(0)} KB in ${figures.firstLoad.files} files`,
          ],
          ['first-load JavaScript (transferred)', `${figures.firstLoad.transferredKb.toFixed(0)} KB`],
          ['filter click → results updated (median of 5)', `${figures.filterClickMs.toFixed(0)} ms`],
        ])}`,
      )
    } else console.log('\n(Chromium not found: set CHROMIUM_PATH to measure first-load JavaScript and filter clicks.)')
  }

  if (args.load) {
    const seconds = Number(args['load-duration'])
    const server = children[0]
    log(`load: 50 connections for ${seconds} s on the tool and detail pages`)
    const before = server ? residentMemoryMB(server.pid) : NaN
    const mix = await measureMix({ baseUrl, paths: targets.loadPaths, connections: 50, duration: seconds })
    const after = server ? residentMemoryMB(server.pid) : NaN
    await new Promise((resolve) => setTimeout(resolve, 15_000))
    const settled = server ? residentMemoryMB(server.pid) : NaN
    results.load = { ...mix, memoryMB: { before, after, settled } }
    console.log(
      `\n${keyValueTable(`Load: 50 connections, ${seconds} s, ${targets.loadPaths.length} pages in turn`, [
        ['requests', mix.requests],
        ['req/s', mix.rps.toFixed(1)],
        ['p50 / p99', `${mix.p50} / ${mix.p99} ms`],
        ['errors (connection, timeout)', mix.errors],
        ['non-2xx responses', mix.non2xx],
        ['server memory before / right after / 15 s after', `${before} / ${after} / ${settled} MB`],
      ])}`,
    )
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2))
} finally {
  for (const child of children) await stop(child)
  rmSync(work, { recursive: true, force: true })
}

async function startOwnServer() {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) {
    log('no production build: running npm run build')
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('The build failed.')
  }
  const dbFile = path.join(work, 'bench.db')
  const databaseUri = `file:${dbFile}`
  if (args.db) {
    copyFileSync(args.db, dbFile)
    log(`using a copy of ${args.db}`)
  } else {
    log(`seeding a temporary database${Number(args.scale) > 0 ? ` with ${args.scale} synthetic practices` : ''}`)
    const started = Date.now()
    const seed = spawnSync(process.execPath, ['scripts/seed.mjs', `--scale=${args.scale}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: databaseUri,
        PAYLOAD_SECRET: 'benchmark-secret-not-for-production',
      },
    })
    if (seed.status !== 0) throw new Error('Seeding the benchmark database failed.')
    results.seedSeconds = (Date.now() - started) / 1000
    log(`seeded in ${results.seedSeconds.toFixed(1)} s`)
  }
  const server = await startNext({
    databaseUri,
    port: await freePort(),
    env: args['no-cache'] ? { PUBLIC_CACHE_SECONDS: '0' } : {},
  })
  children.unshift(server.child)
  return server.url
}

/** Real slugs from the served data, so that every request hits existing content. */
async function discoverTargets(baseUrl) {
  const get = async (p) => (await fetch(`${baseUrl}${p}`)).json()
  const [practice] = (await get('/api/good-practices?locale=en&limit=1&depth=0&sort=order&where[code][equals]=S3')).docs
  const anyPractice = practice ?? (await get('/api/good-practices?locale=en&limit=1&depth=0&sort=order')).docs[0]
  const assets = (await get('/api/assets?locale=en&limit=3&depth=0&sort=order')).docs
  const threats = (await get('/api/threats?locale=en&limit=3&depth=0&sort=order')).docs
  if (!anyPractice || assets.length < 2 || threats.length < 1)
    throw new Error('The database has too little published content to benchmark.')
  const filters = [
    { name: 'tool, 1 asset + phase', query: `asset=${assets[0].slug}&phase=source` },
    { name: 'tool, threat group + phase (de)', query: `threat=${threats[0].group}&phase=plan`, locale: 'de' },
    {
      name: 'tool, 2 assets + threat + search (fr)',
      query: `asset=${assets[0].slug},${assets[1].slug}&threat=${threats[0].slug}&q=supplier`,
      locale: 'fr',
    },
  ]
  const targets = [
    { name: 'tool page /en, no filter', path: '/en' },
    ...filters.map((f) => ({ name: f.name, path: `/${f.locale ?? 'en'}?${f.query}` })),
    { name: 'practice page', path: `/en/good-practices/${anyPractice.slug}` },
    { name: 'REST list, locale=fr', path: '/api/good-practices?locale=fr&limit=100&depth=0' },
    ...['csv', 'docx', 'json'].map((format) => ({
      name: `export ${format.toUpperCase()} (filtered)`,
      path: `/en/export?format=${format}&phase=source`,
    })),
  ]
  return Object.assign(targets, {
    practice: { id: anyPractice.id, slug: anyPractice.slug },
    assetSlug: assets[0].slug,
    loadPaths: [
      '/en',
      `/en?${filters[0].query}`,
      `/de/good-practices/${anyPractice.slug}`,
      `/fr/threats/${threats[0].slug}`,
      `/en/assets/${assets[0].slug}`,
    ],
  })
}
