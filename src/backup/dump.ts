// Reads the whole content of a Payload instance into a dump (./format.ts). Read through the database adapter: every
// language of every document, links as ids, and every version (published document and newest draft alike), exactly
// as stored; no hooks run and no access rule applies. Accounts are read without their credentials.
import type { Payload } from 'payload'

import {
  DUMP_FORMAT,
  DUMPED_COLLECTIONS,
  sortDump,
  VERSIONED_COLLECTIONS,
  withoutSecrets,
  type Dump,
  type DumpDocument,
  type DumpVersion,
} from './format'
import { idOf } from '@/fields/relationship'

export async function dumpDatabase(payload: Payload, now: Date = new Date()): Promise<Dump> {
  const collections = {} as Dump['collections']
  for (const slug of DUMPED_COLLECTIONS) {
    if (!payload.collections[slug]) {
      collections[slug] = [] // e.g. payload-jobs on a site without a job queue
      continue
    }
    const { docs } = await payload.db.find({ collection: slug, pagination: false, limit: 0, sort: 'id' })
    const plain = toJSON(docs) as DumpDocument[]
    collections[slug] = slug === 'users' ? (plain.map(withoutSecrets) as DumpDocument[]) : plain
  }
  const versions = {} as Dump['versions']
  for (const slug of VERSIONED_COLLECTIONS) {
    const { docs } = await payload.db.findVersions({ collection: slug, pagination: false, limit: 0, sort: 'id' })
    versions[slug] = (toJSON(docs) as DumpVersion[]).map((version) => ({
      ...version,
      parent: String(idOf(version.parent)),
    }))
  }
  return sortDump({
    format: DUMP_FORMAT,
    exportedAt: now.toISOString(),
    database: payload.db.name,
    locales: (payload.config.localization ? payload.config.localization.localeCodes : []).slice(),
    collections,
    versions,
  })
}

/** Dates as ISO strings, ObjectIds as strings, undefined dropped: what the file will hold. */
const toJSON = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
