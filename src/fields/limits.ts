/** Length limits of the translatable texts, enforced by the fields and by XLIFF import alike. */
export const TEXT_LIMITS = { title: 300, summary: 2000, requirement: 4000, evidence: 4000 } as const

/** Limits of fields that declare none: every value a request can store is bounded. */
export const DEFAULT_LIMITS = { text: 1000, textarea: 20_000, richText: 200_000, json: 100_000, rows: 200 } as const
