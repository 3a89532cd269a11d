// `npm run seed [-- --force] [-- --if-empty]`: seeds the database named by DATABASE_URI (see README).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDatabase } from './seed'

const args = new Set(process.argv.slice(2))
const started = Date.now()
const payload = await getPayload({ config })
try {
  await seedDatabase(payload, {
    force: args.has('--force'),
    ifEmpty: args.has('--if-empty'),
    log: (line) => console.log(`[seed] ${line}`),
  })
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await payload.destroy()
}
process.exit(0)
