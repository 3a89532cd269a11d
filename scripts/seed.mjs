// `npm run seed [-- --force] [-- --if-empty] [-- --languages=fr,de]`.
// `payload run` does not pass command-line arguments on to the script, so they travel as SEED_OPTIONS.
import { spawnSync } from 'node:child_process'
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
const result = spawnSync(path.join('node_modules', '.bin', 'payload'), ['run', 'seed/run.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', SEED_OPTIONS: JSON.stringify(options) },
})
process.exit(result.status ?? 1)
