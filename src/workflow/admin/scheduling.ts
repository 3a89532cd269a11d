// May this person schedule a publication? Payload's admin queues a scheduled publish without checking who may publish
// (the job later publishes as the person who scheduled it), so the workflow checks twice:
// - when it is scheduled (./serverFunctions.ts calls this): only a reviewer or an administrator schedules, and
//   only an approved language is scheduled for publication;
// - when the job runs: the update goes through enforceReviewWorkflow as that person, so a text edited (and so sent back
//   to draft) after it was scheduled is not published.
import type { Payload } from 'payload'

import { may, type Person } from '@/access/grants'
import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'
import { SOURCE_LOCALE } from '@/translations/locales'
import { decidePublish, type Decision, type ReviewStatus } from '@/workflow/rules/transitions'

export type ScheduleRequest = {
  type: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: string | number }
  locale?: string
}

const isContentCollection = (slug: unknown): slug is ContentCollection =>
  CONTENT_COLLECTIONS.includes(slug as ContentCollection)

export async function decideSchedule(payload: Payload, person: Person, request: ScheduleRequest): Promise<Decision> {
  const collection = request.doc?.relationTo
  if (!isContentCollection(collection) || request.doc?.value == null) return { ok: true } // not workflow content
  if (!person) return { ok: false, status: 403, reason: 'Sign in to schedule a publication.' }
  const locale = request.locale ?? SOURCE_LOCALE
  const doc = (await payload.findByID({
    collection,
    id: String(request.doc.value),
    locale: locale as 'en',
    draft: true,
    depth: 0,
    select: { reviewStatus: true } as never,
    overrideAccess: true,
    disableErrors: true,
  })) as { reviewStatus?: ReviewStatus | null } | null
  if (!doc) return { ok: false, status: 403, reason: 'The document to schedule does not exist.' }
  const actor = {
    id: person.id,
    canEdit: may(person, collection, 'update', locale),
    canReview: may(person, collection, 'review'),
    canPublish: may(person, collection, 'publish'),
  }
  return decidePublish({ status: doc.reviewStatus ?? 'draft', actor, locale, unpublish: request.type === 'unpublish' })
}
