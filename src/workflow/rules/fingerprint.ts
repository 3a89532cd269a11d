import { createHash } from 'node:crypto'

/** The English source fields a translation is made from, per collection. */
export const SOURCE_FIELDS = {
  guidelines: ['title', 'summary'],
  'good-practices': ['title', 'summary', 'requirements'],
  assets: ['title', 'summary'],
  threats: ['title', 'summary'],
  references: ['label', 'summary'],
  packs: ['title', 'summary'],
} as const

type Row = { requirement?: unknown; evidence?: unknown }

/** Canonical text of the source fields (requirement rows reduced to their texts), independent of key order. */
export function sourceText(collection: keyof typeof SOURCE_FIELDS, doc: Record<string, unknown>): string {
  const picked = SOURCE_FIELDS[collection].map((field) => {
    const value = doc[field]
    if (field === 'requirements')
      return ((value as Row[] | undefined) ?? []).map((row) => [row.requirement ?? '', row.evidence ?? ''])
    return typeof value === 'string' ? value.trim() : (value ?? '')
  })
  return JSON.stringify(picked)
}

/** A short, stable fingerprint of a document's English source: when it changes, translations are outdated. */
export function sourceFingerprint(collection: keyof typeof SOURCE_FIELDS, doc: Record<string, unknown>): string {
  return createHash('sha256').update(sourceText(collection, doc)).digest('hex').slice(0, 16)
}
