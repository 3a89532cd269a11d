import type { Where } from 'payload'

import { hasFullGrant, type Person } from '@/access/grants'
import { NEEDS_TRANSLATION_WORK } from '@/workflow/rules/translationStatus'

/**
 * The translation records a translator's list opens on: those of their languages that ask for work. Null (no filter)
 * for anyone whose policy grant covers every record (editors, reviewers, administrators) and for a translator without
 * a language.
 */
export function translatorWorkQueue(person: Person): Where | null {
  if (!person?.languages?.length || hasFullGrant(person, 'translations', 'update')) return null
  return { and: [{ language: { in: [...person.languages] } }, { status: { in: [...NEEDS_TRANSLATION_WORK] } }] }
}
