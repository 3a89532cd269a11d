// Quality checks of the machine-made seed translations (seed/translations/<lang>.json) against the English seed.
import { describe, expect, it } from '@jest/globals'

import { readTranslationFile } from '../../seed/machineTranslations'
import { assets } from '../../seed/data/assets'
import { guidelines } from '../../seed/data/guidelines'
import { packs } from '../../seed/data/packs'
import { practices2020 } from '../../seed/data/practices-2020'
import { practices2026 } from '../../seed/data/practices-2026'
import { threats } from '../../seed/data/threats'
import { TARGET_LOCALES } from '@/translations/locales'

const english = {
  guidelines: new Map(guidelines.map((g) => [g.slug, g])),
  assets: new Map(assets.map((a) => [a.slug, a])),
  threats: new Map(threats.map((t) => [t.slug, t])),
  'good-practices': new Map([...practices2020, ...practices2026].map((p) => [p.slug, p])),
  packs: new Map(packs.map((k) => [k.slug, k])),
}

/** Texts that may stay as in English: codes, acronyms and standard names only. */
const mayStayEnglish = (text: string) => /^[A-Z0-9][A-Z0-9 /.\-:()]*$/.test(text.trim())

const SCRIPT: Partial<Record<string, RegExp>> = { el: /[\u0370-\u03ff]/, bg: /[\u0400-\u04ff]/ }

describe.each(TARGET_LOCALES)('seed translations: %s', (locale) => {
  const file = readTranslationFile(locale)!

  it('translates every seeded document: title, summary, and each requirement with its evidence', () => {
    expect(file).not.toBeNull()
    for (const [collection, docs] of Object.entries(english)) {
      for (const [slug, doc] of docs) {
        const entry = file[collection as keyof typeof english]?.[slug]
        expect({ slug, present: Boolean(entry?.title?.trim() && entry.summary?.trim()) }).toEqual({
          slug,
          present: true,
        })
        if ('requirements' in doc) {
          expect({ slug, rows: entry!.requirements?.length }).toEqual({ slug, rows: doc.requirements.length })
          entry!.requirements!.forEach((row) => {
            expect(row.requirement.trim().length).toBeGreaterThan(0)
            expect(row.evidence.trim().length).toBeGreaterThan(0)
          })
        }
      }
    }
  })

  it('has no "translation" identical to the English, except codes and acronyms', () => {
    const same: string[] = []
    for (const [collection, docs] of Object.entries(english)) {
      for (const [slug, doc] of docs) {
        const entry = file[collection as keyof typeof english]![slug]!
        const pairs: Array<[string, string]> = [
          [doc.title, entry.title],
          [doc.summary, entry.summary],
        ]
        if ('requirements' in doc)
          doc.requirements.forEach((r, i) =>
            pairs.push(
              [r.requirement, entry.requirements![i]!.requirement],
              [r.evidence, entry.requirements![i]!.evidence],
            ),
          )
        for (const [source, target] of pairs)
          if (source.trim() === target.trim() && !mayStayEnglish(source)) same.push(`${slug}: ${source}`)
      }
    }
    expect(same).toEqual([])
  })

  it('translates the longer texts too: one paragraph per paragraph, one example per example, one source note', () => {
    const problems: string[] = []
    for (const [collection, docs] of Object.entries(english)) {
      for (const [slug, doc] of docs) {
        const entry = file[collection as keyof typeof english]![slug]!
        const source = doc as {
          description?: string[]
          introduction?: string[]
          examples?: string[]
          provenance?: { note?: string }
        }
        const lists = [
          ['description', source.description, entry.description],
          ['introduction', source.introduction, entry.introduction],
          ['examples', source.examples, entry.examples],
        ] as const
        for (const [field, en, translated] of lists) {
          if (!en?.length) continue
          if (translated?.length !== en.length) problems.push(`${slug}.${field}: ${translated?.length} of ${en.length}`)
          else
            en.forEach((text, i) => {
              const target = translated[i]!.trim()
              // A short example may be the same word in both ("Laptops" in German).
              const mayStay = mayStayEnglish(text) || (field === 'examples' && text.length <= 25)
              if (!target || (target === text.trim() && !mayStay)) problems.push(`${slug}.${field}[${i}]`)
            })
        }
        const note = source.provenance?.note
        if (note && (!entry.provenanceNote?.trim() || entry.provenanceNote.trim() === note.trim()))
          problems.push(`${slug}.provenanceNote`)
      }
    }
    expect(problems).toEqual([])
  })

  if (SCRIPT[locale]) {
    it('is written in its own script', () => {
      for (const docs of Object.values(file))
        for (const entry of Object.values(docs ?? {})) expect(entry.title).toMatch(SCRIPT[locale]!)
    })
  }
})
