// `npm run seed [-- --force] [-- --if-empty] [-- --languages=fr,de] [-- --scale=1000]`.
// `payload run` does not pass command-line arguments on to the script, so they travel as SEED_OPTIONS.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

function fail(message) {
  console.error(message)
  process.exit(2)
}
let parsed
try {
  parsed = parseArgs({
    options: { force: { type: 'boolean' }, 'if-empty': { type: 'boolean' }, languages: { type: 'string' }, scale: { type: 'string' } },
  }).values
} catch (error) {
  fail(`${error.message}. Use --force, --if-empty, --languages=fr,de or --scale=N.`)
}
const options = {
  force: Boolean(parsed.force),
  ifEmpty: Boolean(parsed['if-empty']),
  languages: parsed.languages?.split(',').map((l) => l.trim()).filter(Boolean),
  // synthetic benchmark practices (seed/scale.ts)
  scale: parsed.scale === undefined ? 0 : Number(parsed.scale),
}
if (!Number.isInteger(options.scale) || options.scale < 0 || options.scale > 100000) {
  fail(`--scale needs a whole number of synthetic practices from 0 to 100000, not "${parsed.scale}".`)
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
