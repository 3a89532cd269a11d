/** Length limits of the translatable texts, enforced by the fields and by XLIFF import alike. */
export const TEXT_LIMITS = { title: 300, summary: 2000, requirement: 4000, evidence: 4000 } as const
