// The public tool's vocabulary: fixed lists of the domain (procurement phases, threat groups, where a text comes from,
// kinds of reference), in the order they are shown.

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
