// `npm run seed [-- --force] [-- --if-empty] [-- --languages=fr,de] [-- --scale=1000]`: checks the options and runs
// seed/run.ts with them (as SEED_OPTIONS).
import { parseArgs } from 'node:util'

import { runTypeScript } from './lib/runTypeScript.mjs'

function fail(message) {
  console.error(message)
  process.exit(2)
}
let parsed
try {
  parsed = parseArgs({
    options: {
      force: { type: 'boolean' },
      'if-empty': { type: 'boolean' },
      languages: { type: 'string' },
      scale: { type: 'string' },
    },
  }).values
} catch (error) {
  fail(`${error.message}. Use --force, --if-empty, --languages=fr,de or --scale=N.`)
}
const options = {
  force: Boolean(parsed.force),
  ifEmpty: Boolean(parsed['if-empty']),
  languages: parsed.languages
    ?.split(',')
    .map((l) => l.trim())
    .filter(Boolean),
  // synthetic benchmark practices (seed/scale.ts)
  scale: parsed.scale === undefined ? 0 : Number(parsed.scale),
}
if (!Number.isInteger(options.scale) || options.scale < 0 || options.scale > 100000) {
  fail(`--scale needs a whole number of synthetic practices from 0 to 100000, not "${parsed.scale}".`)
}
process.exit(
  await runTypeScript('seed/run.ts', { PAYLOAD_JOBS_AUTORUN: 'false', SEED_OPTIONS: JSON.stringify(options) }),
)
