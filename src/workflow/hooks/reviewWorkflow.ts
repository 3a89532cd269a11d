// Applies the review workflow (../rules/transitions.ts) to every write of the reviewed collections, whatever the door: admin,
// REST, GraphQL, Local API with a user, bulk updates, restores, copies between languages, scheduled jobs. Writes
// without a person (the seed, the restore of a backup) are system actions. Who may edit, review and publish comes from
// the access policy (src/access/policy.ts).
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { changedFields, contentChanges } from '@/access/changes'
import { idOf } from '@/fields/relationship'
import { hasFullGrant, may, type Person } from '@/access/grants'
import { isSystemAction } from '@/access/systemAction'
import type { ContentCollection } from '@/workflow/rules/collections'
import { Refused } from '@/errors/refused'
import { LOCALES, SOURCE_LOCALE } from '@/translations/locales'
import { nestedRequest } from './nestedRequest'
import { queueReviewNotice } from './notificationJob'
import type { OperationIntent, Transition } from './requestContext'
import {
  decidePublish,
  decidePublishAll,
  decideSharedValues,
  decideTransition,
  type Actor,
  type Decision,
  type ReviewStatus,
} from '@/workflow/rules/transitions'

type Doc = Record<string, unknown> & {
  id?: string
  reviewStatus?: ReviewStatus | null
  _status?: string | null
  lastEditedBy?: unknown
  reviewComment?: string | null
  machineTranslation?: boolean | null
}

const personOf = (req: PayloadRequest): Person => req.user as Person

const actorFor = (req: PayloadRequest, collection: string, locale: string): Actor => {
  const person = personOf(req)
  return {
    id: person?.id,
    canEdit: may(person, collection, 'update', locale),
    canReview: may(person, collection, 'review'),
    canPublish: may(person, collection, 'publish'),
  }
}

const enforce = (decision: Decision) => {
  if (!decision.ok) throw new Refused(decision.reason, decision.status)
}

const transitions = (req: PayloadRequest): Map<string, Transition> => (req.context.reviewTransitions ??= new Map())

/**
 * Before an update or a restore: notes whether it is a draft save or a publication of all languages, refuses
 * unpublishing by anyone the policy does not let publish, and allows restoring a version only as a new draft.
 */
export const noteWriteIntent: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (isSystemAction(req)) return args
  if (operation === 'restoreVersion') {
    const { draft } = args as { draft?: boolean }
    // A restore writes every language of the old version as it was, published ones included: it must come back as a
    // draft, to be reviewed and published like any change.
    if (!draft)
      throw new Refused(
        'Restore a version as a draft (draft=true): it is then reviewed and published like any change.',
        400,
      )
    return args
  }
  if (operation !== 'update' && operation !== 'updateByID' && operation !== 'create') return args
  const { data, draft, id, publishAllLocales, unpublishAllLocales } = args as {
    data?: Doc
    draft?: boolean
    id?: string
    publishAllLocales?: boolean | string
    unpublishAllLocales?: boolean | string
  }
  const truthy = (value: unknown) => value === true || value === 'true'
  // An update saves a draft only when `_status` is not 'published': draft=true with `_status: 'published'` publishes
  // (the admin's bulk publish sends just that). A create with draft=true is always a draft.
  const intent: OperationIntent = { draft: Boolean(draft) && (operation === 'create' || data?._status !== 'published') }
  if (truthy(unpublishAllLocales)) intent.allLocales = 'unpublish'
  else if (truthy(publishAllLocales) && !draft) intent.allLocales = 'publish'
  req.context.writeIntent = intent
  if (operation === 'create') return args
  // Without draft=true a bulk update starts from each document's published text, not its newest draft: it would publish
  // the old text again and push the approved draft out of the editing view. The admin's bulk publish sends draft=true.
  if (!id && operation === 'update' && !draft && data?._status === 'published') {
    throw new Refused(
      'Publish several documents with draft=true (as the admin does): their newest drafts are published, each where it is approved.',
      400,
    )
  }
  // Unpublishing is a non-draft write with `_status: 'draft'` on a published language.
  const unpublishing = intent.allLocales === 'unpublish' || (!draft && data?._status === 'draft')
  if (!unpublishing || may(personOf(req), collection.slug, 'publish')) return args
  const where = id
    ? { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }
    : { _status: { equals: 'published' } }
  const locale = (intent.allLocales ? 'all' : req.locale) as 'en'
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as ContentCollection,
    locale,
    where: where as never,
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw new Refused('Only a reviewer or an administrator unpublishes.')
  return args
}

export const enforceReviewWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  operation,
}) => {
  if (isSystemAction(req)) return data
  const slug = collection.slug
  const locale = String(req.locale ?? SOURCE_LOCALE)
  const actor = actorFor(req, slug, locale)
  const original = (operation === 'update' ? (originalDoc ?? {}) : {}) as Doc
  const next = data as Doc
  const intent = req.context.writeIntent ?? { draft: false }
  const restoring = Boolean(req.context.isRestoringVersion)
  if (req.context.copyingLocale) {
    // The admin's copy-to-locale sends the other language's review and publication state along with its texts. Keep
    // this language's review state; the copy is saved as a draft, never published.
    next.reviewStatus = original.reviewStatus ?? 'draft'
    next.reviewComment = original.reviewComment ?? null
    next._status = 'draft'
  }

  // An edit is a change of this language's texts, or of language-independent values (changed in English only, see
  // src/access/guardChanges.ts); a restored version is an edit by whoever restores it.
  const edited =
    operation === 'create' ||
    restoring ||
    contentChanges(changedFields(slug, collection.fields, next, original)).length > 0
  const stored: ReviewStatus = original.reviewStatus ?? 'draft'
  let to: ReviewStatus = restoring ? 'draft' : (next.reviewStatus ?? stored)
  const steps: Array<[ReviewStatus, ReviewStatus]> = []
  let from = stored
  if (edited && stored === 'approved') {
    // Any edit of an approved text sends it back to draft: the change has not been reviewed.
    steps.push(['approved', 'draft'])
    from = 'draft'
    if (to === 'approved') to = 'draft'
  }
  enforce(
    decideTransition({
      from,
      to,
      actor,
      locale,
      lastEditor: edited ? actor.id : (idOf(original.lastEditedBy) as string | undefined),
      comment: next.reviewComment,
    }),
  )
  if (from !== to) steps.push([from, to])
  next.reviewStatus = to
  // Server-owned: who last changed this language's content (the four-eyes rule looks at it), and whether the text
  // is still an unreviewed machine translation (a person's edit or approval ends that).
  next.lastEditedBy = edited ? actor.id : (idOf(original.lastEditedBy) ?? null)
  next.machineTranslation = edited || to === 'approved' ? false : Boolean(original.machineTranslation)

  const transition: Transition = { steps, to, published: [], unpublished: [] }
  if (!intent.draft && intent.allLocales === 'publish') {
    const statuses = await reviewStatuses(req, slug, original.id)
    statuses[locale] = to
    enforce(decidePublishAll({ statuses, actor, locales: LOCALES }))
    transition.published = [...LOCALES]
  } else if (!intent.draft && intent.allLocales === 'unpublish') {
    enforce(decidePublish({ status: to, actor, locale, unpublish: true }))
    transition.unpublished = await publishedLanguages(req, slug, original.id)
  } else if (next._status === 'published' && !intent.draft) {
    enforce(decidePublish({ status: to, actor, locale }))
    const shared = await unreviewedSharedValues(req, collection, next, original.id)
    if (shared)
      enforce(
        decideSharedValues({
          locale,
          sourceLocale: SOURCE_LOCALE,
          sharedChanged: shared.changed,
          sourceStatus: shared.sourceStatus,
        }),
      )
    if (original._status !== 'published' || edited) transition.published = [locale]
  } else if (!intent.draft && original.id && (await publishedLanguages(req, slug, original.id)).includes(locale)) {
    // A save that is neither a draft nor a publication takes this language off the public site. The stored document
    // Payload hands over is the newest draft when there is one, so what is public is read, not taken from it.
    enforce(decidePublish({ status: to, actor, locale, unpublish: true }))
    transition.unpublished = [locale]
  }
  transitions(req).set(String(original.id ?? 'new'), transition)
  return next
}

/** The languages a document is published in now. */
async function publishedLanguages(req: PayloadRequest, collection: string, id: unknown): Promise<string[]> {
  if (!id) return []
  const doc = await req.payload.findByID({
    collection: collection as ContentCollection,
    id: String(id),
    locale: 'all',
    draft: false,
    depth: 0,
    select: { _status: true } as never,
    overrideAccess: true,
    req: nestedRequest(req),
    disableErrors: true,
  })
  const statuses = ((doc as { _status?: Record<string, string | null> } | null)?._status ?? {}) as Record<
    string,
    string | null
  >
  return LOCALES.filter((language) => statuses[language] === 'published')
}

/** Each language's review status of the newest draft of a document. */
async function reviewStatuses(
  req: PayloadRequest,
  collection: string,
  id: unknown,
): Promise<Record<string, ReviewStatus | null>> {
  if (!id) return {}
  const doc = await req.payload.findByID({
    collection: collection as ContentCollection,
    id: String(id),
    locale: 'all',
    draft: true,
    depth: 0,
    select: { reviewStatus: true } as never,
    overrideAccess: true,
    req: nestedRequest(req),
    disableErrors: true,
  })
  return ((doc as { reviewStatus?: Record<string, ReviewStatus | null> } | null)?.reviewStatus ?? {}) as Record<
    string,
    ReviewStatus | null
  >
}

/**
 * When a translation is published: the language-independent values that would go public with it and differ from
 * what is public now, with the English version's review status (null when nothing differs).
 */
async function unreviewedSharedValues(
  req: PayloadRequest,
  collection: Parameters<CollectionBeforeChangeHook>[0]['collection'],
  next: Doc,
  id: unknown,
) {
  if ((req.locale ?? SOURCE_LOCALE) === SOURCE_LOCALE) return null
  const slug = collection.slug as ContentCollection
  const published = id
    ? ((await req.payload.findByID({
        collection: slug,
        id: String(id),
        locale: 'all',
        draft: false,
        depth: 0,
        overrideAccess: true,
        req: nestedRequest(req),
        disableErrors: true,
      })) as unknown as Doc | null)
    : null
  const everPublished = Object.values((published?._status ?? {}) as Record<string, string>).includes('published')
  const publicShared = everPublished
    ? ((await req.payload.findByID({
        collection: slug,
        id: String(id),
        locale: SOURCE_LOCALE,
        draft: false,
        depth: 0,
        overrideAccess: true,
        req: nestedRequest(req),
      })) as unknown as Doc)
    : undefined
  const changed = everPublished
    ? changedFields(slug, collection.fields, next, publicShared)
        .filter((c) => c.owner === 'shared')
        .map((c) => c.path)
    : ['the document itself (never published)']
  if (changed.length === 0) return null
  const source = (await reviewStatuses(req, slug, id))[SOURCE_LOCALE] ?? 'draft'
  return { changed, sourceStatus: source }
}

/** Editors delete drafts only: a document published in any language needs a full delete grant (reviewers, admins). */
export const guardDelete: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (!req.user || hasFullGrant(personOf(req), collection.slug, 'delete')) return
  const doc = (await req.payload.findByID({
    collection: collection.slug as ContentCollection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req: nestedRequest(req),
  })) as unknown as Doc
  const statuses = Object.values((doc._status ?? {}) as Record<string, string>)
  if (statuses.includes('published'))
    throw new Refused('This document is published: only a reviewer or an administrator deletes it.')
}

/**
 * Appends every review transition and publication to `review-events` (nobody can edit or delete them) and queues the
 * notification of the last step: a job saved in the same transaction, so it is sent after the write commits and never
 * for a write that is rolled back.
 */
export const recordReviewEvents: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  operation,
  previousDoc,
}) => {
  if (!req.user) return doc
  const key = operation === 'create' ? 'new' : String((previousDoc as Doc | undefined)?.id ?? (doc as Doc).id)
  const transition = transitions(req).get(key)
  if (!transition) return doc
  transitions(req).delete(key)
  const language = String(req.locale ?? SOURCE_LOCALE)
  const base = {
    document: { relationTo: collection.slug as ContentCollection, value: (doc as Doc).id as string },
    user: personOf(req)?.id,
    comment: (doc as Doc).reviewComment ?? undefined,
  }
  const events: Array<{ language: string; from: string; to: string }> = transition.steps.map(([from, to]) => ({
    language,
    from,
    to,
  }))
  for (const published of transition.published)
    events.push({ language: published, from: published === language ? transition.to : 'approved', to: 'published' })
  for (const unpublished of transition.unpublished)
    events.push({ language: unpublished, from: 'published', to: 'unpublished' })
  for (const event of events) {
    await req.payload.create({
      collection: 'review-events',
      data: { ...base, ...event } as never,
      overrideAccess: true,
      req,
    })
  }
  const last = transition.steps.at(-1)
  if (last) await queueReviewNotice(req, { collection: collection.slug, doc: doc as Doc, language, to: last[1] })
  return doc
}
