import type { PayloadRequest } from 'payload'

declare module 'payload' {
  interface RequestContext {
    /** Set by the seed (and test fixtures): a system write. */
    seed?: boolean
  }
}

/**
 * A write without a person (the seed, a job run by nobody, the restore) or flagged as the seed's: a system action, to
 * which the workflow and the field owners' rules do not apply (access was decided where it started).
 */
export const isSystemAction = (req: PayloadRequest): boolean => !req.user || Boolean(req.context?.seed)
