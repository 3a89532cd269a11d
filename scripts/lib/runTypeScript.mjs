// Runs one of the project's TypeScript entry points (the seed, the backup): esbuild compiles the script and the
// project's own modules it imports into one file (packages stay where they are, loaded by Node), which plain Node runs.
//
// Not `payload run` or a loader such as tsx: a loader answers every import of every package from another thread, which
// made a start take 6 s instead of 2, and `payload run` exited without running the script in about one cold start in
// three (payloadcms/payload#17757), so the scripts needed marker files and retries.
//
// `--conditions=production`: the Node entry of every @lexical package (Payload's rich-text editor) is a module whose
// top-level `await` imports its development or production build. Node 20 sometimes leaves one of those awaits
// unsettled when many load at once, and exits while the script is still loading (code 13, or 0 without a word under
// `payload run`): seen here in about one start in four. The `production` condition resolves those packages to their
// production builds directly, without the await (30 starts in a row, none lost).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import nextEnv from '@next/env'
import { build } from 'esbuild'

const root = process.cwd()

/** Bundled modules keep their own `import.meta.url` (the seed finds its translation files next to itself). */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }))
  },
}

/** Compiles `script` with the project's modules into one ES module; returns its path. */
export async function compile(script) {
  const dir = path.join(root, 'node_modules', '.cache', 'procuresec-scripts')
  mkdirSync(dir, { recursive: true })
  const outfile = path.join(dir, `${path.basename(script, path.extname(script))}-${process.pid}.mjs`)
  await build({
    entryPoints: [path.resolve(root, script)],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  })
  return outfile
}

/** Runs `script` (a path from the project root) to its end; returns its exit code. */
export async function runTypeScript(script, env = {}) {
  // The variables of .env and .env.production (or .env.development), as Next.js and `payload run` read them.
  nextEnv.loadEnvConfig(root, process.env.NODE_ENV !== 'production')
  const bundle = await compile(script)
  try {
    const result = spawnSync(process.execPath, ['--conditions=production', bundle], {
      stdio: 'inherit',
      env: { ...process.env, DISABLE_PAYLOAD_HMR: 'true', ...env },
    })
    if (result.error) throw result.error
    if (result.status === 13)
      console.error(`[${script}] Node stopped while the script was still loading (unsettled top-level await).`)
    return result.status ?? 1
  } finally {
    rmSync(bundle, { force: true })
  }
}
