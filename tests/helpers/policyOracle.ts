// The access policy (src/access/policy.ts) read as a specification: what each kind of person should be able to do,
// worked out from the table by rules written here, apart from the code that enforces it (src/access/grants.ts), so
// that the generated tests compare the running system with the declaration rather than the code with itself.
import { POLICY, type Audience, type CollectionPolicy, type FieldOwner, type Operation } from '@/access/policy'

/** The people the generated tests act as. The translators hold French and German respectively. */
export const SUBJECTS = [
  'anonymous',
  'no-role',
  'translator-other',
  'translator',
  'editor',
  'reviewer',
  'admin',
] as const
export type Subject = (typeof SUBJECTS)[number]

export const SUBJECT_ROLES: Record<Subject, string[]> = {
  anonymous: [],
  'no-role': [],
  'translator-other': ['translator'],
  translator: ['translator'],
  editor: ['editor'],
  reviewer: ['reviewer'],
  admin: ['admin'],
}
export const SUBJECT_LANGUAGES: Record<Subject, string[]> = {
  anonymous: [],
  'no-role': [],
  'translator-other': ['de'],
  translator: ['fr'],
  editor: [],
  reviewer: [],
  admin: [],
}

/** The two languages every cell is tried in: the source, and a translation (the translator's, not the other's). */
export const CELL_LOCALES = ['en', 'fr'] as const
export type CellLocale = (typeof CELL_LOCALES)[number]

/** What is known about the document a cell acts on. */
export type Facts = { locale: string; publishedIn?: string[]; owner?: Subject; recordLanguage?: string }

const audiences = (subject: Subject): Audience[] => ['public', ...(SUBJECT_ROLES[subject] as Audience[])]

export const policy = (collection: string): CollectionPolicy => {
  const found = (POLICY as Record<string, CollectionPolicy>)[collection]
  if (!found) throw new Error(`no policy for ${collection}`)
  return found
}

function holds(grant: unknown, subject: Subject, facts: Facts): boolean {
  const languages = SUBJECT_LANGUAGES[subject]
  switch (grant) {
    case true:
      return true
    case 'published':
      return Boolean(facts.publishedIn?.includes(facts.locale))
    case 'own-language':
      return facts.locale !== 'en' && languages.includes(facts.locale)
    case 'own-records':
      return Boolean(facts.recordLanguage && languages.includes(facts.recordLanguage))
    case 'self':
      return facts.owner === subject
    case 'unpublished':
      return (facts.publishedIn ?? []).length === 0
    default:
      return false
  }
}

/** Should `subject` be allowed `operation` on a document with these facts? */
export function permits(collection: string, operation: Operation, subject: Subject, facts: Facts): boolean {
  const grants = policy(collection).operations[operation] ?? {}
  return audiences(subject).some((audience) => holds(grants[audience], subject, facts))
}

/** Does `subject` hold the operation without condition (what language-independent values need)? */
export function unconditionally(collection: string, operation: Operation, subject: Subject): boolean {
  const grants = policy(collection).operations[operation] ?? {}
  return audiences(subject).some((audience) => grants[audience] === true)
}

/** The owner declared for the field, or for the nearest group or list it is in; else by whether it is localized. */
export function ownerOfField(collection: string, path: string, localized: boolean): FieldOwner {
  const segments = path.split('.')
  for (let end = segments.length; end > 0; end--) {
    const declared = policy(collection).fields[segments.slice(0, end).join('.')]?.owner
    if (declared) return declared
  }
  return localized ? 'text' : 'shared'
}

export const staffOnlyField = (collection: string, path: string) => policy(collection).fields[path]?.read === 'staff'

export const isStaff = (subject: Subject) => SUBJECT_ROLES[subject].length > 0

export type WriteOutcome = 'written' | 'unchanged'

/** What an update of one field should do: the value is stored, or the document keeps its value (refused or ignored). */
export function expectedUpdate(
  collection: string,
  path: string,
  localized: boolean,
  subject: Subject,
  facts: Facts,
): WriteOutcome {
  if (!permits(collection, 'update', subject, facts)) return 'unchanged'
  switch (ownerOfField(collection, path, localized)) {
    case 'server':
      return 'unchanged'
    case 'admin':
      return subject === 'admin' ? 'written' : 'unchanged'
    case 'shared':
      return unconditionally(collection, 'update', subject) && (!policy(collection).workflow || facts.locale === 'en')
        ? 'written'
        : 'unchanged'
    default:
      return 'written'
  }
}

/** Should a create of a whole document succeed? Reviewed content is created in the source language only. */
export function expectedCreate(collection: string, subject: Subject, locale: string): boolean {
  return permits(collection, 'create', subject, { locale }) && (!policy(collection).workflow || locale === 'en')
}
