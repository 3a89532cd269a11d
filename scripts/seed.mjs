// `npm run seed [-- --force] [-- --if-empty] [-- --languages=fr,de]`.
// `payload run` does not pass command-line arguments on to the script, so they travel as SEED_OPTIONS.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const known = new Set(['--force', '--if-empty'])
const options = { force: false, ifEmpty: false, languages: undefined }
for (const arg of args) {
  if (arg === '--force') options.force = true
  else if (arg === '--if-empty') options.ifEmpty = true
  else if (arg.startsWith('--languages=')) options.languages = arg.slice('--languages='.length).split(',').map((l) => l.trim()).filter(Boolean)
  else if (!known.has(arg)) {
    console.error(`Unknown option "${arg}". Use --force, --if-empty or --languages=fr,de.`)
    process.exit(2)
  }
}
// `payload run` loads the script through tsx. Seen here: on a cold tsx cache the import can stall and the process
// then exits 0 without having run the script at all. So the script leaves a marker when it has finished, and a run
// that exits without it is tried again.
const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'procuresec-seed-')), 'done')
for (let attempt = 1; attempt <= 3; attempt++) {
  const result = spawnSync(path.join('node_modules', '.bin', 'payload'), ['run', 'seed/run.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', SEED_OPTIONS: JSON.stringify(options), SEED_DONE_FILE: marker },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  if (existsSync(marker)) process.exit(0)
  console.error(`[seed] payload run exited without running the seed (attempt ${attempt} of 3).`)
}
process.exit(1)
