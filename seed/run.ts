// Seeds the database named by DATABASE_URI. Started by scripts/seed.mjs (`npm run seed`), which passes the
// command-line options as SEED_OPTIONS (see README).
import config from '@payload-config'
import { getPayload } from 'payload'

import { refreshPlannerStatistics } from '@/db/sqliteStatistics'
import { TARGET_LOCALES } from '@/translations/locales'
import { seedDatabase } from './seed'

type Options = { force?: boolean; ifEmpty?: boolean; languages?: string[]; scale?: number }

const isTargetLocale = (code: string): code is (typeof TARGET_LOCALES)[number] =>
  (TARGET_LOCALES as readonly string[]).includes(code)

const options = JSON.parse(process.env.SEED_OPTIONS || '{}') as Options
const unknownLanguages = (options.languages ?? []).filter((code) => !isTargetLocale(code))
if (unknownLanguages.length > 0) {
  console.error(`[seed] Unknown language code(s): ${unknownLanguages.join(', ')}. Use codes such as fr, de, el.`)
  process.exit(2)
}
const started = Date.now()
const payload = await getPayload({ config })
try {
  await seedDatabase(payload, {
    force: options.force,
    ifEmpty: options.ifEmpty,
    languages: options.languages?.filter(isTargetLocale),
    scale: options.scale,
    log: (line) => console.log(`[seed] ${line}`),
  })
  // The planner statistics of a database that was empty when this process started (see src/db/sqliteStatistics.ts).
  await refreshPlannerStatistics(payload)
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await payload.destroy()
}
process.exit(0)
