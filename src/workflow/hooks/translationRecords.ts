// Keeps the `translations` records in step with the content: one per document × non-English language, moved by the
// translators' and reviewers' writes, and marked outdated when the English source changes.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, FieldHook, Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '@/workflow/rules/collections'
import type { TranslationStatus } from '@/workflow/rules/translationStatus'
import { SOURCE_LOCALE, TARGET_LOCALES } from '@/translations/locales'
import { nestedRequest } from './nestedRequest'
import { sourceFingerprint, sourceText } from '@/workflow/rules/fingerprint'
import { describeSourceChange, MADE_FROM_SOURCE, nextTranslationStatus } from '@/workflow/rules/translationStatus'
import type { ReviewStatus } from '@/workflow/rules/transitions'
import { idOf } from '@/fields/relationship'

type Doc = Record<string, unknown> & { id: string; reviewStatus?: ReviewStatus | null }

const recordsOf = (
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  id: string,
  language?: string,
) =>
  payload.find({
    collection: 'translations',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        ...(language ? [{ language: { equals: language } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })

/** The current English source of a document (latest draft included), as text and fingerprint. */
async function englishSource(req: PayloadRequest, collection: ContentCollection, id: string) {
  const english = (await req.payload.findByID({
    collection,
    id,
    locale: SOURCE_LOCALE,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req: nestedRequest(req),
  })) as unknown as Doc
  return { text: sourceText(collection, english), fingerprint: sourceFingerprint(collection, english) }
}

export const syncTranslationRecords: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  operation,
}) => {
  if (req.context?.seed) return doc // the seed keeps its own records
  const slug = collection.slug as ContentCollection
  const { payload } = req
  const current = doc as Doc
  if (operation === 'create') {
    for (const language of TARGET_LOCALES) {
      await payload.create({
        collection: 'translations',
        data: { document: { relationTo: slug, value: current.id }, language, status: 'missing' },
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
  const locale = String(req.locale ?? SOURCE_LOCALE)
  if (locale === SOURCE_LOCALE) {
    const after = sourceFingerprint(slug, current)
    if (previousDoc && sourceFingerprint(slug, previousDoc as Doc) === after) return doc
    // The English source changed: every translation made from another source is now outdated.
    const { docs } = await recordsOf(payload, req, slug, current.id)
    for (const record of docs) {
      if (MADE_FROM_SOURCE.includes(record.status as TranslationStatus) && record.sourceFingerprint !== after) {
        await payload.update({
          collection: 'translations',
          id: record.id,
          data: { status: 'outdated' },
          overrideAccess: true,
          req,
        })
      }
    }
    return doc
  }
  if (!req.user) return doc
  const [record] = (await recordsOf(payload, req, slug, current.id, locale)).docs
  if (!record) return doc
  const contentChanged = !previousDoc || sourceText(slug, previousDoc as Doc) !== sourceText(slug, current)
  const status = nextTranslationStatus(
    record.status as TranslationStatus,
    current.reviewStatus ?? 'draft',
    contentChanged,
  )
  const data: Record<string, unknown> = { status }
  if (contentChanged) data.translator = req.user.id
  if (status === 'approved' || contentChanged) {
    // The translation now corresponds to the English as it is: remember which, to detect later changes.
    const english = await englishSource(req, slug, current.id)
    data.sourceFingerprint = english.fingerprint
    data.sourceSnapshot = english.text
  }
  if (status === 'approved') data.reviewer = req.user.id
  if (status !== record.status || contentChanged) {
    await payload.update({ collection: 'translations', id: record.id, data, overrideAccess: true, req })
  }
  return doc
}

/** Virtual field of a translation record: what changed in the English since the translation was made (one record). */
export const englishChangesSince: FieldHook = async ({ siblingData, req, findMany }) => {
  if (findMany) return undefined
  const ref = siblingData?.document as { relationTo?: ContentCollection; value?: string | { id: string } } | undefined
  if (!ref?.relationTo || !ref.value) return undefined
  const id = idOf(ref.value) as string
  const english = await englishSource(req, ref.relationTo, id)
  return describeSourceChange(siblingData?.sourceSnapshot as string | undefined, english.text) || undefined
}

/** A deleted document takes its translation records with it (its review events stay, as history). */
export const removeTranslationRecords: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  await req.payload.delete({
    collection: 'translations',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: id } }] },
    overrideAccess: true,
    req,
  })
}
