import type { TextFieldSingleValidation } from 'payload'
import { idOf } from '@/fields/relationship'

/** A practice's code (e.g. "G1", "SOURCE-05") must be unique within its guideline edition. */
export const uniqueCodeInEdition: TextFieldSingleValidation = async (value, { data, id, req }) => {
  if (!value) return 'A code is required.'
  const editionId = idOf((data as { edition?: unknown })?.edition)
  if (!editionId) return true // the edition's own `required` reports this
  const clash = await req.payload.find({
    collection: 'good-practices',
    where: {
      and: [
        { code: { equals: value } },
        { edition: { equals: editionId } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return clash.docs.length > 0 ? `The code "${value}" is already used by another practice of this edition.` : true
}
