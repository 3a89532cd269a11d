// The editorial review workflow as pure rules: which review-status changes are allowed, and when a language may be
// published. Who may edit, review and publish comes from the access policy (src/access/policy.ts): the hooks in
// ../hooks/reviewWorkflow.ts ask it and pass the answers in as the actor's capabilities.
export const REVIEW_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** The person acting, with what the policy allows them on this document in this language. */
export type Actor = { id?: string | number; canEdit: boolean; canReview: boolean; canPublish: boolean }

export type Decision = { ok: true } | { ok: false; status: 400 | 403; reason: string }

const allow: Decision = { ok: true }
const refuse = (status: 400 | 403, reason: string): Decision => ({ ok: false, status, reason })

/**
 * May `actor` move `locale` of a document from `from` to `to`? `lastEditor` is the user who last changed the content
 * of that language: reviewers never approve (or reject) their own change (four eyes).
 */
export function decideTransition(args: {
  from: ReviewStatus
  to: ReviewStatus
  actor: Actor
  locale: string
  lastEditor?: string | number | null
  comment?: string | null
}): Decision {
  const { from, to, actor, locale, lastEditor, comment } = args
  if (from === to) return allow
  if (!actor.canEdit) return refuse(403, `You may not change the review status of the "${locale}" text.`)
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
      if (!actor.canReview) return refuse(403, 'Only a reviewer or an administrator decides on a review.')
      if (lastEditor && actor.id && String(lastEditor) === String(actor.id)) {
        return refuse(403, 'Four-eyes rule: someone other than the last editor of this text must decide on it.')
      }
      if (to === 'changes_requested' && !comment?.trim())
        return refuse(400, 'Say what should change: a comment is required to request changes.')
      return allow
    }
    default:
      return refuse(
        400,
        `The review status cannot go from "${from}" to "${to}". Allowed: draft → in review → approved, or in review → changes requested → in review.`,
      )
  }
}

/** May `actor` publish (or unpublish) `locale` of a document whose review status there is `status`? */
export function decidePublish(args: {
  status: ReviewStatus
  actor: Actor
  locale: string
  unpublish?: boolean
}): Decision {
  const { status, actor, locale, unpublish } = args
  if (!actor.canPublish) return refuse(403, 'Only a reviewer or an administrator publishes or unpublishes.')
  if (!unpublish && status !== 'approved') {
    return refuse(
      403,
      `The "${locale}" text is not approved (review status: ${status}). Publishing needs an approved review.`,
    )
  }
  return allow
}

/**
 * Publishing every language at once (Payload's `publishAllLocales`, the admin's main publish button) is the same
 * decision made for each language: every language must be approved. `statuses` maps each language to its review status.
 */
export function decidePublishAll(args: {
  statuses: Record<string, ReviewStatus | null | undefined>
  actor: Actor
  locales: readonly string[]
}): Decision {
  if (!args.actor.canPublish) return refuse(403, 'Only a reviewer or an administrator publishes or unpublishes.')
  // Texts waiting for a decision are named first: they are why this publication is refused.
  const order: ReviewStatus[] = ['in_review', 'changes_requested', 'draft']
  const unapproved = args.locales
    .filter((locale) => (args.statuses[locale] ?? 'draft') !== 'approved')
    .sort((a, b) => order.indexOf(args.statuses[a] ?? 'draft') - order.indexOf(args.statuses[b] ?? 'draft'))
  if (unapproved.length === 0) return allow
  const listed = unapproved
    .slice(0, 8)
    .map((locale) => `${locale} (${args.statuses[locale] ?? 'draft'})`)
    .join(', ')
  return refuse(
    403,
    `Publishing all languages at once needs every language approved. Not approved: ${listed}${unapproved.length > 8 ? ` and ${unapproved.length - 8} more` : ''}. Publish the approved languages one at a time.`,
  )
}

/**
 * Publishing a translation also publishes the document's language-independent values (links, phase, rows). When they
 * differ from what is public, they must have been reviewed, which happens with the English text: it must be approved.
 */
export function decideSharedValues(args: {
  locale: string
  sourceLocale: string
  sharedChanged: string[]
  sourceStatus: ReviewStatus | null | undefined
}): Decision {
  if (args.locale === args.sourceLocale || args.sharedChanged.length === 0 || args.sourceStatus === 'approved')
    return allow
  return refuse(
    403,
    `Publishing "${args.locale}" would also publish changes to ${args.sharedChanged.join(', ')}, which are not reviewed yet: the English version must be approved first.`,
  )
}
