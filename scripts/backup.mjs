// `npm run export [-- --out FILE.json]` and `npm run import -- --in FILE.json`: a full dump of the database named by
// DATABASE_URI, and its restore into an empty database (README, "Backup and restore").
// The options are checked here and passed to src/backup/run.ts as BACKUP_OPTIONS.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runTypeScript } from './lib/runTypeScript.mjs'

// `node scripts/backup.mjs reset-links` prints a password-reset link for each administrator (after a restore,
// accounts have no password).
const usage =
  'Use `npm run export [-- --out FILE.json]`, `npm run import -- --in FILE.json` or `node scripts/backup.mjs reset-links`.'
function fail(message) {
  console.error(message)
  process.exit(2)
}
let parsed
try {
  parsed = parseArgs({ options: { out: { type: 'string' }, in: { type: 'string' } }, allowPositionals: true })
} catch (error) {
  fail(`${error.message}. ${usage}`)
}
const [command, ...extra] = parsed.positionals
if (command !== 'export' && command !== 'import' && command !== 'reset-links')
  fail(`Unknown command "${command ?? ''}". ${usage}`)
if (extra.length > 0) fail(`Unexpected argument "${extra[0]}". ${usage}`)
const allowed = { export: 'out', import: 'in', 'reset-links': undefined }[command]
const given = Object.keys(parsed.values).filter((name) => name !== allowed)
if (given.length > 0) fail(`--${given[0]} does not go with ${command}. ${usage}`)
let file = allowed ? parsed.values[allowed] : undefined
if (command === 'import' && !file) fail(`Name the backup file to restore. ${usage}`)
// backups/procuresec-2026-11-28T18-00-00Z.json: an ISO timestamp, with the colons that some file systems refuse
// replaced, and sorted by date when listed.
if (command === 'export')
  file ??= path.join(
    'backups',
    `procuresec-${new Date()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
      .replace(/:/g, '-')}.json`,
  )
const absolute = file === undefined ? undefined : path.resolve(file)
if (command === 'import' && !existsSync(absolute)) fail(`No such file: ${absolute}`)

process.exit(
  await runTypeScript('src/backup/run.ts', {
    PAYLOAD_JOBS_AUTORUN: 'false',
    BACKUP_OPTIONS: JSON.stringify({ command, file: absolute }),
  }),
)
