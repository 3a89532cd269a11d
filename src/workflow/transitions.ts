// The editorial review workflow as pure rules: which review-status changes are allowed, for whom, and when a language
// may be published. The hooks in ./hooks.ts apply these to every Payload write.
import { hasLanguage, hasRole, isContentEditor, type RoleHolder } from '../access/roles'
import { SOURCE_LOCALE } from '../translations/locales'

export const REVIEW_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export type Actor = RoleHolder & { id?: string }

export type Decision = { ok: true } | { ok: false; status: 400 | 403; reason: string }

const allow: Decision = { ok: true }
const refuse = (status: 400 | 403, reason: string): Decision => ({ ok: false, status, reason })

/** Who may write a language's content (and so submit it for review). */
export function mayEditLanguage(actor: Actor, locale: string): boolean {
  if (isContentEditor(actor)) return true
  return hasRole(actor, 'translator') && locale !== SOURCE_LOCALE && hasLanguage(actor, locale)
}

export const isReviewer = (actor: Actor): boolean => hasRole(actor, 'admin', 'reviewer')

/**
 * May `actor` move `locale` of a document from `from` to `to`? `lastEditor` is the user who last changed the content
 * of that language: reviewers never approve (or reject) their own change (four eyes).
 */
export function decideTransition(args: { from: ReviewStatus; to: ReviewStatus; actor: Actor; locale: string; lastEditor?: string | null; comment?: string | null }): Decision {
  const { from, to, actor, locale, lastEditor, comment } = args
  if (from === to) return allow
  if (!mayEditLanguage(actor, locale)) return refuse(403, `You may not change the review status of the "${locale}" text.`)
  const key = `${from}->${to}`
  switch (key) {
    case 'draft->in_review':
    case 'changes_requested->in_review':
    case 'in_review->draft': // the author withdraws it
    case 'changes_requested->draft':
    case 'approved->draft':
      return allow
    case 'in_review->approved':
    case 'in_review->changes_requested': {
      if (!isReviewer(actor)) return refuse(403, 'Only a reviewer or an administrator decides on a review.')
      if (lastEditor && actor.id && lastEditor === actor.id) {
        return refuse(403, 'Four-eyes rule: someone other than the last editor of this text must decide on it.')
      }
      if (to === 'changes_requested' && !comment?.trim()) return refuse(400, 'Say what should change: a comment is required to request changes.')
      return allow
    }
    default:
      return refuse(400, `The review status cannot go from "${from}" to "${to}". Allowed: draft → in review → approved, or in review → changes requested → in review.`)
  }
}

/** May `actor` publish (or unpublish) `locale` of a document whose review status there is `status`? */
export function decidePublish(args: { status: ReviewStatus; actor: Actor; locale: string; unpublish?: boolean }): Decision {
  const { status, actor, locale, unpublish } = args
  if (!isReviewer(actor)) return refuse(403, 'Only a reviewer or an administrator publishes or unpublishes.')
  if (!unpublish && status !== 'approved') {
    return refuse(403, `The "${locale}" text is not approved (review status: ${status}). Publishing needs an approved review.`)
  }
  return allow
}
