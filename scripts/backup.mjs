// `npm run export [-- --out FILE.json]` and `npm run import -- --in FILE.json`: a full dump of the database named by
// DATABASE_URI, and its restore into an empty database (README, "Backup and restore").
// `payload run` does not pass command-line arguments on to the script, so they travel as BACKUP_OPTIONS; like
// scripts/seed.mjs, a marker file tells a run that did its work from one that exited without running the script.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

// `node scripts/backup.mjs reset-links` prints a password-reset link for each administrator (after a restore,
// accounts have no password).
const usage = 'Use `npm run export [-- --out FILE.json]`, `npm run import -- --in FILE.json` or `node scripts/backup.mjs reset-links`.'
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
if (command !== 'export' && command !== 'import' && command !== 'reset-links') fail(`Unknown command "${command ?? ''}". ${usage}`)
if (extra.length > 0) fail(`Unexpected argument "${extra[0]}". ${usage}`)
const allowed = { export: 'out', import: 'in', 'reset-links': undefined }[command]
const given = Object.keys(parsed.values).filter((name) => name !== allowed)
if (given.length > 0) fail(`--${given[0]} does not go with ${command}. ${usage}`)
let file = allowed ? parsed.values[allowed] : undefined
if (command === 'import' && !file) fail(`Name the backup file to restore. ${usage}`)
// backups/procuresec-2026-11-28T18-00-00Z.json: an ISO timestamp, with the colons that some file systems refuse
// replaced, and sorted by date when listed.
if (command === 'export') file ??= path.join('backups', `procuresec-${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.json`)
const absolute = file === undefined ? undefined : path.resolve(file)
if (command === 'import' && !existsSync(absolute)) fail(`No such file: ${absolute}`)

const markerDir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-backup-'))
const marker = path.join(markerDir, 'done')
const finish = (code) => {
  rmSync(markerDir, { recursive: true, force: true })
  process.exit(code)
}
for (let attempt = 1; attempt <= 3; attempt++) {
  const result = spawnSync(path.join('node_modules', '.bin', 'payload'), ['run', 'src/backup/run.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PAYLOAD_JOBS_AUTORUN: 'false',
      BACKUP_OPTIONS: JSON.stringify({ command, file: absolute }),
      BACKUP_DONE_FILE: marker,
    },
  })
  if (result.status !== 0) finish(result.status ?? 1)
  if (existsSync(marker)) finish(0)
  console.error(`[backup] payload run exited without running the ${command} (attempt ${attempt} of 3).`)
}
finish(1)
