// Data of the admin's workflow panel, read with the user's own access (overrideAccess: false).
import type { Payload, TypedUser } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'
import { type TranslationStatus } from '@/workflow/rules/translationStatus'
import { idOf } from '@/fields/relationship'

export type QueueItem = {
  collection: ContentCollection
  id: string
  title: string
  language: string
  submitter?: string
  submittedAt?: string
  comment?: string
}

type AllLocales = {
  id: string
  reviewStatus?: Record<string, string>
  reviewComment?: Record<string, string>
  lastEditedBy?: Record<string, string | { id?: string }>
}

/** Every language of every content document that waits for review. */
export async function reviewQueue(payload: Payload, user: TypedUser): Promise<QueueItem[]> {
  const items: QueueItem[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    // The field that names a document, as the admin shows it.
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      select: { [titleField]: true, reviewStatus: true, reviewComment: true, lastEditedBy: true } as never,
      user,
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Array<AllLocales & Record<string, Record<string, string> | undefined>>) {
      for (const [language, status] of Object.entries(doc.reviewStatus ?? {})) {
        if (status !== 'in_review') continue
        const editor = doc.lastEditedBy?.[language]
        items.push({
          collection,
          id: doc.id,
          title: doc[titleField]?.[language] || doc[titleField]?.en || doc.id,
          language,
          submitter: (idOf(editor) ?? undefined) as string | undefined,
          comment: doc.reviewComment?.[language],
        })
      }
    }
  }
  return withSubmitterNames(payload, await withSubmissions(payload, user, items))
}

const keyOf = (collection: string, id: string | number, language: string) => `${collection}:${id}:${language}`

/**
 * Who submitted each item and when, from the review log (the latest move to "in review"). The last editor is only a
 * fallback for content submitted before the log existed: someone may submit a text another person wrote.
 */
async function withSubmissions(payload: Payload, user: TypedUser, items: QueueItem[]): Promise<QueueItem[]> {
  if (items.length === 0) return items
  const { docs } = await payload.find({
    collection: 'review-events',
    where: {
      and: [{ to: { equals: 'in_review' } }, { 'document.value': { in: [...new Set(items.map((i) => i.id))] } }],
    },
    sort: '-createdAt',
    select: { document: true, language: true, user: true, createdAt: true },
    depth: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  const latest = new Map<string, { user?: string; at: string }>()
  for (const event of docs) {
    const doc = event.document as { relationTo: string; value: string | { id: string } }
    const key = keyOf(doc.relationTo, idOf(doc.value) as string, event.language)
    if (!latest.has(key))
      latest.set(key, { user: (idOf(event.user) as string | null) ?? undefined, at: event.createdAt })
  }
  return items.map((item) => {
    const submission = latest.get(keyOf(item.collection, item.id, item.language))
    return submission ? { ...item, submitter: submission.user ?? item.submitter, submittedAt: submission.at } : item
  })
}

/**
 * Shows submitters by e-mail. Staff may not read other users' accounts, so the names are looked up on the server
 * (e-mail only) for this panel, which only signed-in staff see.
 */
async function withSubmitterNames(payload: Payload, items: QueueItem[]): Promise<QueueItem[]> {
  const ids = [...new Set(items.map((i) => i.submitter).filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return items
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const emails = new Map(docs.map((u) => [u.id, u.email]))
  return items.map((item) => ({
    ...item,
    submitter: item.submitter ? (emails.get(item.submitter) ?? item.submitter) : undefined,
  }))
}

export type CoverageStatus = TranslationStatus
export type Coverage = Record<string, Partial<Record<ContentCollection, Partial<Record<TranslationStatus, number>>>>>

/** Counts of translation records per language, collection and status. */
export async function coverageTable(payload: Payload, user: TypedUser): Promise<Coverage> {
  const { docs } = await payload.find({
    collection: 'translations',
    select: { document: true, language: true, status: true },
    depth: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  const coverage: Coverage = {}
  for (const record of docs) {
    const collection = (record.document as { relationTo?: ContentCollection } | undefined)?.relationTo
    if (!collection) continue
    const byCollection = (coverage[record.language] ??= {})
    const counts = (byCollection[collection] ??= {})
    counts[record.status as TranslationStatus] = (counts[record.status as TranslationStatus] ?? 0) + 1
  }
  return coverage
}
