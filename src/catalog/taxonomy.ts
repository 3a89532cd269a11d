// Fixed lists of the domain: procurement phases and threat groups, in the order they are shown.

export const PHASES = ['general', 'plan', 'source', 'manage'] as const
export type Phase = (typeof PHASES)[number]

export const THREAT_GROUPS = [
  'natural-phenomena',
  'supply-chain-failure',
  'human-errors',
  'malicious-actions',
  'system-failures',
] as const
export type ThreatGroup = (typeof THREAT_GROUPS)[number]

export const PROVENANCE_STATUSES = ['verified', 'reconstructed', 'proposed'] as const
export type ProvenanceStatus = (typeof PROVENANCE_STATUSES)[number]

export const REFERENCE_KINDS = ['regulation', 'guidance', 'standard'] as const

export const TRANSLATION_STATUSES = [
  'missing',
  'machine',
  'in_progress',
  'in_review',
  'changes_requested',
  'approved',
  'outdated',
] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

/** The collections whose documents are content: drafts, versions, per-language publishing and translation records. */
export const CONTENT_COLLECTIONS = ['guidelines', 'good-practices', 'assets', 'threats', 'references'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

/** The content collections with public pages of their own (and the SEO fields for them). */
export const PAGE_COLLECTIONS = ['guidelines', 'good-practices', 'assets', 'threats'] as const
