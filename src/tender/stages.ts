// Where a requirement goes in an EU tender (Directive 2014/24/EU; shared/domain/procurement-instruments.md §A), in the
// order of a tender's documents. Language-independent: the labels live in the translations.

/**
 * selection: Art. 58(4) criterion on the bidder's technical and professional ability (proved only by the means of
 * Art. 60 / Annex XII and Art. 62); specification: Art. 42 technical specification of what is bought; award: Art. 67
 * quality criterion, scored; contract: Art. 70 contract-performance condition (binding after award, subcontractors too).
 */
export const STAGES = ['selection', 'specification', 'award', 'contract'] as const
export type Stage = (typeof STAGES)[number]

/** mandatory: "shall", a bid that misses it is non-compliant; recommended: "should". */
export const STRENGTHS = ['mandatory', 'recommended'] as const
export type Strength = (typeof STRENGTHS)[number]

/** The prefix of a clause number ("TS-2.3"), the same in every language. */
export const STAGE_PREFIX: Record<Stage, string> = {
  selection: 'SC',
  specification: 'TS',
  award: 'AW',
  contract: 'CP',
}

export const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value)
