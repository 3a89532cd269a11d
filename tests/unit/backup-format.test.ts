// A dump made before procurement packs existed is still a complete dump: it holds no packs.
import { describe, expect, it } from '@jest/globals'

import { DUMP_FORMAT, DUMPED_COLLECTIONS, validateDump, VERSIONED_COLLECTIONS } from '@/backup/format'

const dumpWithout = (left: string[]) => ({
  format: DUMP_FORMAT,
  exportedAt: '2026-12-01T10:00:00.000Z',
  database: 'sqlite',
  locales: ['en', 'fr'],
  collections: Object.fromEntries(DUMPED_COLLECTIONS.filter((c) => !left.includes(c)).map((c) => [c, []])),
  versions: Object.fromEntries(VERSIONED_COLLECTIONS.filter((c) => !left.includes(c)).map((c) => [c, []])),
})

describe('backup format', () => {
  it('reads a dump of the release before packs as one without packs', () => {
    const dump = validateDump(dumpWithout(['packs']))
    expect(dump.collections.packs).toEqual([])
    expect(dump.versions.packs).toEqual([])
  })

  it('still refuses a dump that lacks a collection it always had', () => {
    expect(() => validateDump(dumpWithout(['threats']))).toThrow(/"collections" lacks "threats"/)
  })
})
