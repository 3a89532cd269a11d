import { APIError, type CollectionBeforeValidateHook } from 'payload'
import { idOf } from '@/fields/relationship'

type DocumentRef = { relationTo: string; value: string | { id: string } }

/** Refuses a second translation record for the same document and language. */
export const uniqueDocumentLanguage: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as { document?: DocumentRef; language?: string; id?: string }
  const ref = merged.document
  if (!ref?.value || !merged.language) return data
  const documentId = idOf(ref.value)
  const existing = await req.payload.find({
    collection: 'translations',
    where: {
      and: [
        { 'document.relationTo': { equals: ref.relationTo } },
        { 'document.value': { equals: documentId } },
        { language: { equals: merged.language } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs.length > 0) {
    throw new APIError(
      `A translation record for this document in "${merged.language}" already exists.`,
      400,
      null,
      true,
    )
  }
  return data
}
