// Shapes of the seed data (English source). Slugs are stable identifiers (see README / identifiers).
// Rich text fields (description, introduction) are given as plain paragraphs; the seed turns them into Lexical.

export type Provenance = {
  /** verified: checked against the ENISA publication; reconstructed: paraphrased from what is known of it;
   *  proposed: an editorial proposal of this project, not ENISA content. */
  status: 'verified' | 'reconstructed' | 'proposed'
  note: string
}

export type Phase = 'general' | 'plan' | 'source' | 'manage'

export type ThreatGroup =
  'natural-phenomena' | 'supply-chain-failure' | 'human-errors' | 'malicious-actions' | 'system-failures'

export type GuidelineSeed = {
  slug: string
  title: string
  publisher: string
  /** ISO date, e.g. 2020-02-24 */
  publicationDate: string
  summary: string
  introduction: string[]
  sourceUrl: string
  /** when the publisher replaced this edition, and where its successor is published */
  successor?: { publicationDate: string; sourceUrl: string }
  completeness: 'complete' | 'partial'
  /** published: the seed publishes it in English; draft: left as a draft awaiting review */
  seedStatus: 'published' | 'draft'
}

export type AssetSeed = {
  slug: string
  title: string
  summary: string
  description: string[]
  examples: string[]
  order: number
  provenance: Provenance
}

export type ThreatSeed = {
  slug: string
  group: ThreatGroup
  title: string
  summary: string
  description: string[]
  /** what the threat looks like in a hospital ("stolen VPN credentials"), shown and searched */
  examples: string[]
  order: number
  provenance: Provenance
}

export type ReferenceSeed = {
  slug: string
  /** short label shown on cards, e.g. "NIS2 Directive (EU) 2022/2555" */
  label: string
  url: string
  kind: 'regulation' | 'guidance' | 'standard'
  summary: string
}

export type RequirementSeed = {
  /** what the buyer requires, written as a tender clause */
  requirement: string
  /** what the supplier should give to show it is met */
  evidence: string
}

export type PracticeSeed = {
  code: string
  slug: string
  /** slug of the guideline edition */
  edition: string
  phase: Phase
  title: string
  summary: string
  description: string[]
  requirements: RequirementSeed[]
  /** asset types this practice is key for (one of the few practices that matter most there) */
  assets: string[]
  /** other asset types it applies to (disjoint from `assets`) */
  relatedAssets: string[]
  /** threats this practice is key against */
  threats: string[]
  /** other threats it reduces (disjoint from `threats`) */
  relatedThreats: string[]
  references: string[]
  provenance: Provenance
  order: number
}

/** Where a requirement goes in an EU tender (Directive 2014/24/EU): Art. 58, 42, 67 or 70. */
export type Placement = 'selection' | 'specification' | 'award' | 'contract'

/** How a requirement is placed in a tender: a proposal of this project (seed/data/requirement-terms.ts). */
export type RequirementTerms = {
  placement: Placement
  /** mandatory: "shall", a bid that misses it is non-compliant; recommended: "should" */
  strength: 'mandatory' | 'recommended'
  /** award requirements only: suggested relative weight (1–10), normalised to 100 per document */
  weight?: number
  /** slugs of the standards (references of kind standard) the requirement names */
  cites?: string[]
}

/** A procurement pack: a ready-made starting point for a common purchase (a proposal of this project). */
export type PackSeed = {
  slug: string
  title: string
  summary: string
  introduction: string[]
  /** slug of the guideline edition whose practices it recommends */
  edition: string
  /** what is bought, what worries, and when: the pack's preselection */
  assets: string[]
  threats: string[]
  phases: Phase[]
  /** the practices it recommends, in reading order */
  practices: string[]
  order: number
  provenance: Provenance
}
