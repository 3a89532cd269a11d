// The review workflow's flags in Payload's request context (`req.context`), typed by augmenting Payload's
// RequestContext (`seed`: src/access/systemAction.ts; `isRestoringVersion` is Payload's own).
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
    /** The admin's copy-to-locale (src/workflow/admin/serverFunctions.ts): this write copies another language. */
    copyingLocale?: boolean
    /** Set by noteWriteIntent before the operation runs. */
    writeIntent?: OperationIntent
    /** Filled by enforceReviewWorkflow, read by recordReviewEvents, per document id ('new' for a create). */
    reviewTransitions?: Map<string, Transition>
  }
}
