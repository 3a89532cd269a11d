// Applies the review workflow (./transitions.ts) to every write of the content collections, whatever the path:
// admin UI, REST, GraphQL, Local API with a user. Writes without a user (the seed, scheduled jobs) are system actions.
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { isContentEditor, type RoleHolder } from '../access/roles'
import type { ContentCollection } from '../catalog/taxonomy'
import { changedLanguageIndependent, changedLocalized } from './languageIndependent'
import { reviewNotice } from './notifications'
import { decidePublish, decideTransition, isReviewer, type Actor, type ReviewStatus } from './transitions'

const actorOf = (user: unknown): Actor => user as Actor

/** Context flag set by the admin's copy-to-locale (./adminServerFunctions.ts): this write copies another language. */
export const COPYING_LOCALE = 'copyingLocale'

const fail = (status: number, message: string) => new APIError(message, status, null, true)

type Doc = Record<string, unknown> & { id?: string; reviewStatus?: ReviewStatus | null; _status?: string | null; lastEditedBy?: unknown; reviewComment?: string | null }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: string }).id : (value as string | undefined))

export const enforceReviewWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  if (!req.user || req.context?.seed) return data
  const actor = actorOf(req.user)
  const locale = String(req.locale ?? 'en')
  const original = (originalDoc ?? {}) as Doc
  const next = data as Doc
  if (req.context?.[COPYING_LOCALE]) {
    // The admin's copy-to-locale sends the other language's review and publication state along with its texts. Keep
    // this language's review state; the copy is saved as a draft, never published.
    next.reviewStatus = original.reviewStatus ?? 'draft'
    next.reviewComment = original.reviewComment ?? null
    next._status = 'draft'
  }

  // A translator changes texts of their languages only, never slugs, links, phases or rows.
  if (!isContentEditor(actor as RoleHolder) && operation === 'update') {
    const changed = changedLanguageIndependent(collection.fields, next, original)
    if (changed.length > 0) throw fail(403, `Translators change only the texts of their languages, not: ${changed.join(', ')}.`)
  }

  const stored: ReviewStatus = original.reviewStatus ?? 'draft'
  let to: ReviewStatus = next.reviewStatus ?? stored
  const contentChanged = operation === 'create' || changedLocalized(collection.fields, next, original)
  const steps: Array<[ReviewStatus, ReviewStatus]> = []
  let from = stored
  if (contentChanged) {
    next.lastEditedBy = actor.id
    // Any edit of an approved text sends it back to draft: the change has not been reviewed.
    if (stored === 'approved') {
      steps.push(['approved', 'draft'])
      from = 'draft'
      if (to === 'approved') to = 'draft'
    }
  }
  const decision = decideTransition({
    from,
    to,
    actor,
    locale,
    lastEditor: contentChanged ? actor.id : idOf(original.lastEditedBy),
    comment: next.reviewComment,
  })
  if (!decision.ok) throw fail(decision.status, decision.reason)
  if (from !== to) steps.push([from, to])
  next.reviewStatus = to

  if (next._status === 'published') {
    const publish = decidePublish({ status: to, actor, locale })
    if (!publish.ok) throw fail(publish.status, publish.reason)
  }
  // Remember, for the event log, what this write did.
  req.context.reviewTransition = { steps, to, published: next._status === 'published' && original._status !== 'published' }
  return next
}

/**
 * Unpublishing is a non-draft write with `_status: 'draft'` on a published language: reviewers and admins only.
 * (Checked before the operation, where Payload still tells a draft save from a write of the published document.)
 */
export const guardUnpublish: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if ((operation !== 'update' && operation !== 'updateByID') || !req.user || req.context?.seed) return args
  const { data, draft, id } = args as { data?: Doc; draft?: boolean; id?: string }
  if (draft || data?._status !== 'draft' || isReviewer(actorOf(req.user))) return args
  const where = id ? { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } : { _status: { equals: 'published' } }
  const { totalDocs } = await req.payload.count({ collection: collection.slug as ContentCollection, locale: req.locale as 'en', where: where as never, overrideAccess: true, req })
  if (totalDocs > 0) throw fail(403, 'Only a reviewer or an administrator unpublishes.')
  return args
}

/** Editors delete drafts only: a document published in any language needs a reviewer or an administrator. */
export const guardDelete: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (!req.user || isReviewer(actorOf(req.user))) return
  const doc = (await req.payload.findByID({ collection: collection.slug as ContentCollection, id, locale: 'all', depth: 0, overrideAccess: true, req })) as unknown as Doc
  const statuses = Object.values((doc._status ?? {}) as Record<string, string>)
  if (statuses.includes('published')) throw fail(403, 'This document is published: only a reviewer or an administrator deletes it.')
}

/** Appends every review transition and publication to `review-events` (nobody can edit or delete them). */
export const recordReviewEvents: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const transition = req.context.reviewTransition as { steps: Array<[ReviewStatus, ReviewStatus]>; to: ReviewStatus; published: boolean } | undefined
  if (!transition || !req.user) return doc
  delete req.context.reviewTransition
  const base = {
    document: { relationTo: collection.slug as ContentCollection, value: (doc as Doc).id as string },
    language: String(req.locale ?? 'en'),
    user: actorOf(req.user).id,
    comment: (doc as Doc).reviewComment ?? undefined,
  }
  const events: Array<{ from: string; to: string }> = transition.steps.map(([from, to]) => ({ from, to }))
  if (transition.published) events.push({ from: transition.to, to: 'published' })
  for (const event of events) {
    await req.payload.create({ collection: 'review-events', data: { ...base, ...event } as never, overrideAccess: true, req })
  }
  const last = events.at(-1)
  if (last) await notify(req, collection.slug as ContentCollection, doc as Doc, base.language, last.to)
  return doc
}

/** Mails reviewers when something is submitted and the author when it is decided; never fails the write. */
async function notify(req: Parameters<CollectionAfterChangeHook>[0]['req'], collection: ContentCollection, doc: Doc, language: string, to: string) {
  const notice = reviewNotice({
    to,
    title: String(doc.title ?? doc.id),
    language,
    comment: doc.reviewComment,
    link: `${process.env.SERVER_URL ?? ''}/admin/collections/${collection}/${doc.id}?locale=${language}`,
  })
  if (!notice) return
  try {
    const recipients =
      notice.to === 'reviewers'
        ? (await req.payload.find({ collection: 'users', where: { roles: { in: ['reviewer', 'admin'] } }, select: { email: true }, depth: 0, pagination: false, overrideAccess: true, req })).docs.map((u) => u.email)
        : await authorEmail(req, doc)
    for (const email of recipients) await req.payload.sendEmail({ to: email, subject: notice.subject, text: notice.text })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not send the review notification' })
  }
}

async function authorEmail(req: Parameters<CollectionAfterChangeHook>[0]['req'], doc: Doc): Promise<string[]> {
  const id = idOf(doc.lastEditedBy)
  if (!id) return []
  const author = await req.payload.findByID({ collection: 'users', id, select: { email: true }, depth: 0, overrideAccess: true, req, disableErrors: true })
  return author?.email ? [author.email] : []
}
