// The tender's pure rules: placement by stage, clause numbering, award weights normalised to 100.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { tenderSections, type TenderPractice, type TenderRequirement } from '@/tender/clauses'
import { STAGES, type Stage } from '@/tender/stages'
import { normaliseWeights } from '@/tender/weights'

const requirement = (id: string, placement: Stage, more: Partial<TenderRequirement> = {}): TenderRequirement => ({
  id,
  requirement: `text ${id}`,
  evidence: `evidence ${id}`,
  placement,
  strength: 'mandatory',
  weight: null,
  standards: [],
  ...more,
})
const practice = (code: string, requirements: TenderRequirement[]): TenderPractice => ({
  slug: code.toLowerCase(),
  code,
  title: `Practice ${code}`,
  url: null,
  textLocale: 'en',
  requirements,
})

const practices = [
  practice('P1', [requirement('a', 'specification'), requirement('b', 'contract'), requirement('c', 'specification')]),
  practice('P2', [requirement('d', 'contract'), requirement('e', 'award', { weight: 3, strength: 'recommended' })]),
  practice('P3', [
    requirement('f', 'specification', { strength: 'recommended' }),
    requirement('g', 'award', { weight: 1 }),
  ]),
]

describe('tender sections', () => {
  it('keeps the order of a tender whatever order the stages are asked in, and only the stages asked for', () => {
    const sections = tenderSections(practices, {
      stages: ['contract', 'selection', 'specification'],
      mandatoryOnly: false,
    })
    expect(sections.map((s) => s.stage)).toEqual(['selection', 'specification', 'contract'])
    expect(sections[0]!.clauses).toEqual([])
  })

  it('numbers clauses by stage, practice and place: the practice number counts only practices with clauses there', () => {
    const sections = tenderSections(practices, { stages: STAGES, mandatoryOnly: false })
    const numbers = Object.fromEntries(sections.flatMap((s) => s.clauses.map((c) => [c.id, c.number])))
    expect(numbers).toEqual({
      a: 'TS-1.1',
      c: 'TS-1.2',
      f: 'TS-2.1', // P2 has no specification clause: P3 is the second practice of the stage
      e: 'AW-1.1',
      g: 'AW-2.1',
      b: 'CP-1.1',
      d: 'CP-2.1',
    })
  })

  it('leaves out recommended requirements when only mandatory ones are asked for', () => {
    const sections = tenderSections(practices, { stages: STAGES, mandatoryOnly: true })
    const ids = sections.flatMap((s) => s.clauses.map((c) => c.id))
    expect(ids).toEqual(['a', 'c', 'g', 'b', 'd'])
    expect(sections.find((s) => s.stage === 'award')!.clauses[0]).toMatchObject({ number: 'AW-1.1', points: 100 })
  })

  it('gives award clauses points out of 100 in proportion to their weights, and no points elsewhere', () => {
    const sections = tenderSections(practices, { stages: STAGES, mandatoryOnly: false })
    const award = sections.find((s) => s.stage === 'award')!.clauses
    expect(award.map((c) => c.points)).toEqual([75, 25])
    expect(sections.filter((s) => s.stage !== 'award').flatMap((s) => s.clauses.map((c) => c.points))).toEqual(
      Array(5).fill(null),
    )
  })
})

describe('award weights', () => {
  it('always sums to exactly 100 in whole numbers, close to the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -3, max: 50 })), { minLength: 1, maxLength: 40 }), (raw) => {
        const points = normaliseWeights(raw)
        expect(points.reduce((a, b) => a + b, 0)).toBe(100)
        expect(points.every(Number.isInteger)).toBe(true)
        const weights = raw.map((w) => (w && w > 0 ? w : 1))
        const total = weights.reduce((a, b) => a + b, 0)
        weights.forEach((w, i) => expect(Math.abs(points[i]! - (w / total) * 100)).toBeLessThan(1))
      }),
    )
  })

  it('splits ties the same way every time, earlier items first', () => {
    expect(normaliseWeights([1, 1, 1])).toEqual([34, 33, 33])
    expect(normaliseWeights([])).toEqual([])
  })
})
