// Pure rules of the translation records: the next status of a language's record after a write, and what changed in
// the English source since a translation was made.
import { diffWords } from 'diff'

import type { ReviewStatus } from './transitions'

/** The states of a translation record (one document in one language). */
export const TRANSLATION_STATUSES = [
  'missing',
  'machine',
  'in_progress',
  'in_review',
  'changes_requested',
  'approved',
  'outdated',
] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

/** The states in which a record waits for a translator (their work queue). */
export const NEEDS_TRANSLATION_WORK: readonly TranslationStatus[] = [
  'missing',
  'machine',
  'outdated',
  'changes_requested',
  'in_progress',
]

/** The record status that follows a write in a translated language. */
export function nextTranslationStatus(
  current: TranslationStatus,
  review: ReviewStatus,
  contentChanged: boolean,
): TranslationStatus {
  if (review === 'approved') return 'approved'
  if (review === 'in_review') return 'in_review'
  if (review === 'changes_requested') return 'changes_requested'
  return contentChanged ? 'in_progress' : current
}

/** Statuses of a translation that was made from a given English source (so it can become outdated). */
export const MADE_FROM_SOURCE: TranslationStatus[] = [
  'machine',
  'in_progress',
  'in_review',
  'changes_requested',
  'approved',
]

/**
 * What changed in the English source since `before` (both as produced by sourceText), word by word:
 * removed text in [-…-], added text in {+…+}. Empty when nothing changed.
 */
export function describeSourceChange(before: string | null | undefined, after: string): string {
  if (!before || before === after) return ''
  const readable = (text: string) => {
    try {
      return (JSON.parse(text) as unknown[]).flat(2).map(String).join('\n')
    } catch {
      return text
    }
  }
  return diffWords(readable(before), readable(after))
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('')
}
