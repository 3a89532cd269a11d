// Which collections hold reviewed content. Pure; the access policy (src/access/policy.ts) declares the same
// collections as `reviewedContent()` and a unit test holds the two together.

/** The collections whose documents are content: drafts, versions, per-language publishing and translation records. */
export const CONTENT_COLLECTIONS = ['guidelines', 'good-practices', 'assets', 'threats', 'references', 'packs'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]
