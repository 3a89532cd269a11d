// The seed's (proposed) placement of every requirement in an EU tender: complete, valid, and citing only standards.
import { describe, expect, it } from '@jest/globals'

import { STAGES, STRENGTHS } from '@/tender/stages'
import { practices2020 } from '../../seed/data/practices-2020'
import { practices2026 } from '../../seed/data/practices-2026'
import { references } from '../../seed/data/references'
import { requirementTerms } from '../../seed/data/requirement-terms'

const practices = [...practices2020, ...practices2026]
const standards = new Set(references.filter((r) => r.kind === 'standard').map((r) => r.slug))

describe('requirement terms of the seed', () => {
  it('give every requirement of every practice a placement and a strength, one entry per requirement', () => {
    expect(Object.keys(requirementTerms).sort()).toEqual(practices.map((p) => p.slug).sort())
    for (const p of practices) {
      const terms = requirementTerms[p.slug]!
      expect({ slug: p.slug, count: terms.length }).toEqual({ slug: p.slug, count: p.requirements.length })
      for (const t of terms) {
        expect(STAGES).toContain(t.placement)
        expect(STRENGTHS).toContain(t.strength)
      }
    }
  })

  it('weigh award criteria only, from 1 to 10', () => {
    const all = Object.values(requirementTerms).flat()
    expect(all.filter((t) => t.weight !== undefined && t.placement !== 'award')).toEqual([])
    expect(
      all
        .filter((t) => t.placement === 'award')
        .every((t) => Number.isInteger(t.weight) && t.weight! >= 1 && t.weight! <= 10),
    ).toBe(true)
  })

  it('cite only references of kind standard, each named in the requirement or its evidence', () => {
    const labels = new Map(references.map((r) => [r.slug, r.label]))
    const problems: string[] = []
    for (const p of practices)
      requirementTerms[p.slug]!.forEach((t, i) => {
        const text = `${p.requirements[i]!.requirement} ${p.requirements[i]!.evidence}`
        for (const slug of t.cites ?? []) {
          if (!standards.has(slug)) problems.push(`${p.slug}[${i}]: ${slug} is not a standard`)
          // The standard's name ("IEC 81001-5-1", "IEC 62443", "MDS2", "CycloneDX") is in the text that cites it.
          const [first, second] = (labels.get(slug) ?? slug).split(/[\s:]/)
          const name = /^(ISO|IEC|ISO\/IEC|HL7)$/.test(first!) ? `${first} ${second}` : first!
          if (!text.includes(name)) problems.push(`${p.slug}[${i}]: ${slug} is not named`)
        }
      })
    expect(problems).toEqual([])
  })
})
