// From the practices of a selection to the clauses of a tender: placed by stage, numbered, weighted. Pure.
import { STAGE_PREFIX, STAGES, type Stage, type Strength } from './stages'
import { normaliseWeights } from './weights'

/** A requirement as the tender needs it: its text, where it goes, how strong, and the standards it names. */
export type TenderRequirement = {
  id: string
  requirement: string
  evidence: string
  placement: Stage
  strength: Strength
  /** award requirements: the suggested relative weight (1–10) */
  weight: number | null
  /** the labels of the standards it cites ("IEC 81001-5-1"); every document adds "or equivalent" to each */
  standards: string[]
  /** the English text, for a bilingual document */
  english?: { requirement: string; evidence: string }
}

export type TenderPractice = {
  slug: string
  code: string
  title: string
  url: string | null
  textLocale: string
  requirements: TenderRequirement[]
}

export type Clause = TenderRequirement & {
  /** "TS-2.3": stage prefix, the practice's place among those with clauses in this stage, the clause's place in it */
  number: string
  practice: Pick<TenderPractice, 'slug' | 'code' | 'title' | 'url' | 'textLocale'>
  /** award clauses: the weight out of 100 in this document; null elsewhere */
  points: number | null
}

export type TenderOptions = {
  /** the stages to include, in any order (the document keeps the tender's order) */
  stages: readonly Stage[]
  /** only the mandatory requirements */
  mandatoryOnly: boolean
}

export type TenderSection = { stage: Stage; clauses: Clause[] }

/**
 * The tender's sections in the order of a tender (selection, specification, award, contract), each with its clauses
 * numbered. Numbers depend only on the selection and its order, never on the language: the same clause is `TS-2.3`
 * in every language. Award weights are normalised to 100 over the award clauses of this document.
 */
export function tenderSections(practices: TenderPractice[], options: TenderOptions): TenderSection[] {
  const sections = STAGES.filter((stage) => options.stages.includes(stage)).map((stage): TenderSection => {
    const clauses: Clause[] = []
    let ordinal = 0
    for (const p of practices) {
      const own = p.requirements.filter(
        (r) => r.placement === stage && (!options.mandatoryOnly || r.strength === 'mandatory'),
      )
      if (own.length === 0) continue
      ordinal++
      const practice = { slug: p.slug, code: p.code, title: p.title, url: p.url, textLocale: p.textLocale }
      own.forEach((r, i) =>
        clauses.push({ ...r, number: `${STAGE_PREFIX[stage]}-${ordinal}.${i + 1}`, practice, points: null }),
      )
    }
    return { stage, clauses }
  })
  const award = sections.find((s) => s.stage === 'award')
  if (award) {
    const points = normaliseWeights(award.clauses.map((c) => c.weight))
    award.clauses.forEach((c, i) => (c.points = points[i]!))
  }
  return sections
}
