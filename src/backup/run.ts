// `npm run export` / `npm run import` on the database named by DATABASE_URI. Started by scripts/backup.mjs, which
// checks the command-line options and passes them as BACKUP_OPTIONS (see README).
// `reset-links` prints a password-reset link for each administrator (restored accounts have no password).
// Exit codes: 0 done; 2 refused (malformed file, unknown version, database not empty…), nothing written; 1 failed.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { adminResetLinks } from './accounts'
import { dumpDatabase } from './dump'
import { DumpFormatError, parseDump, type Dump } from './format'
import { PartialRestoreError, restoreDatabase, RestoreRefusedError } from './restore'

type Options = { command: 'export' | 'import' | 'reset-links'; file?: string }

const options = JSON.parse(process.env.BACKUP_OPTIONS || '{}') as Partial<Options>
if (
  !['export', 'import', 'reset-links'].includes(options.command ?? '') ||
  (options.command !== 'reset-links' && !options.file)
) {
  console.error(
    '[backup] BACKUP_OPTIONS must name a command (export, import, reset-links) and a file; run it through `npm run export` or `npm run import`.',
  )
  process.exit(2)
}
const { command } = options as Options
const file = options.file ?? ''

// A backup file is read and checked whole before the database is opened: a bad file never touches it.
let dump: Dump | undefined
if (command === 'import') {
  try {
    dump = parseDump(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof DumpFormatError ? error.message : `Cannot read ${file}: ${(error as Error).message}`
    console.error(`[backup] Refused: ${reason}`)
    process.exit(2)
  }
}

const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
const payload = await getPayload({ config })
let exitCode = 0
try {
  if (command === 'export') {
    const exported = await dumpDatabase(payload)
    mkdirSync(path.dirname(file), { recursive: true })
    // Written next to its place and then renamed: an interrupted export never leaves a truncated file under the name.
    const partial = `${file}.partial`
    try {
      writeFileSync(partial, `${JSON.stringify(exported, null, 1)}\n`)
      renameSync(partial, file)
    } catch (error) {
      rmSync(partial, { force: true })
      throw error
    }
    const documents = Object.values(exported.collections).reduce((n, docs) => n + docs.length, 0)
    const versions = Object.values(exported.versions).reduce((n, list) => n + list.length, 0)
    const counts = Object.entries(exported.collections)
      .map(([slug, docs]) => `${slug} ${docs.length}`)
      .join(', ')
    console.log(`[backup] ${counts}`)
    console.log(
      `[backup] exported ${documents} documents and ${versions} versions to ${file} (${megabytes(statSync(file).size)}) in ${seconds()} s`,
    )
  } else if (command === 'import') {
    const report = await restoreDatabase(payload, dump!, { log: (line) => console.log(`[backup] ${line}`) })
    const documents = Object.values(report.documents).reduce<number>((n, count) => n + (count ?? 0), 0)
    const versions = Object.values(report.versions).reduce<number>((n, count) => n + (count ?? 0), 0)
    console.log(
      `[backup] restored ${documents} documents and ${versions} versions from ${file} in ${seconds()} s (${report.atomicity})`,
    )
    if (report.documents.users) {
      console.log(
        '[backup] Accounts have no password: each person sets one with "Forgot password?" on the admin login page (mailed when SMTP is configured).',
      )
      console.log(
        '[backup] Without SMTP, `node scripts/backup.mjs reset-links` prints a password-reset link for each administrator.',
      )
    }
  } else {
    const links = await adminResetLinks(
      payload,
      process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`,
    )
    if (links.length === 0) console.log('[backup] No administrator account in this database.')
    for (const link of links) console.log(`[backup] Set a password for ${link.email} (valid for one hour): ${link.url}`)
  }
} catch (error) {
  const refused = error instanceof DumpFormatError || error instanceof RestoreRefusedError
  console.error(`[backup] ${refused ? 'Refused' : 'Failed'}: ${(error as Error).message}`)
  if (command === 'import' && !refused && !(error instanceof PartialRestoreError))
    console.error('[backup] Nothing was restored: the database is as empty as before.')
  if (command === 'export') console.error('[backup] No backup file was written.')
  exitCode = refused ? 2 : 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
