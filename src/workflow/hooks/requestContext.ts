// The flags this app passes to hooks through Payload's request context (`req.context`), typed once here by augmenting
// Payload's RequestContext. `isRestoringVersion` is Payload's own.
import type { ReviewStatus } from '@/workflow/rules/transitions'

/** What the operation asked for, noted before it runs (hooks further on do not see the operation's arguments). */
export type OperationIntent = { draft: boolean; allLocales?: 'publish' | 'unpublish' }

/** What one document's write did, for the review log (keyed by document: bulk updates write several at once). */
export type Transition = {
  steps: Array<[ReviewStatus, ReviewStatus]>
  to: ReviewStatus
  published: string[]
  unpublished: string[]
}

declare module 'payload' {
  interface RequestContext {
    /** A system write (the seed, test fixtures): no person, so no workflow or field-owner checks. */
    seed?: boolean
    /** The admin's copy-to-locale (src/workflow/admin/serverFunctions.ts): this write copies another language. */
    copyingLocale?: boolean
    /** Set by noteWriteIntent before the operation runs. */
    writeIntent?: OperationIntent
    /** Filled by enforceReviewWorkflow, read by recordReviewEvents, per document id ('new' for a create). */
    reviewTransitions?: Map<string, Transition>
  }
}
