// Who may do what, declared once for every collection and every field. The access functions Payload runs are built
// from this table (./grants.ts, ./applyPolicy.ts), the workflow asks it who may review and publish, and the access
// test generates its cases from it (tests/integration/policy.test.ts). Nothing else grants access.
//
// Audiences: `public` is everyone (anonymous visitors and signed-in users without a role); each role adds its grants
// to the public's. A grant is one of:
//   true            allowed
//   'published'     (read) only what is published in the language asked for
//   'own-language'  (translators) only in a language assigned to them, never in the source language
//   'own-records'   (translation records) only the records of a language assigned to them
//   'self'          (accounts) only their own account
//   'unpublished'   (delete) only a document published in no language
// An audience that is not named gets nothing.

export const AUDIENCES = ['public', 'translator', 'editor', 'reviewer', 'admin'] as const
export type Audience = (typeof AUDIENCES)[number]

export type Grant = true | 'published' | 'own-language' | 'own-records' | 'self' | 'unpublished'
export type Grants = Partial<Record<Audience, Grant>>

/**
 * Operations: Payload's own (read, readVersions, create, update, delete, unlock, admin: may use the admin panel), the
 * workflow's (review: approve or request changes; publish: publish, unpublish and schedule either), and replaceFile
 * (an update of an upload collection that carries a new file).
 */
export const OPERATIONS = [
  'read',
  'readVersions',
  'create',
  'update',
  'delete',
  'review',
  'publish',
  'replaceFile',
  'unlock',
  'admin',
] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * Who writes a field:
 *   'server'  nobody: the server derives it (hooks write it); a value sent in a request is ignored
 *   'admin'   administrators only; a value sent by anyone else is ignored
 *   'writer'  whoever may update the document (the workflow hooks check what the value may be)
 *   'text'    a translatable text: whoever may update the document in that language
 *   'shared'  a language-independent value (slug, links, phase, rows, files): content editors, in the source
 *             language only; anyone else who sends a different value is refused (403)
 * By default a localized field is 'text' and any other field 'shared'; the table names every exception.
 */
export type FieldOwner = 'server' | 'admin' | 'writer' | 'text' | 'shared'

/** Who reads a field (within the documents they may read): everyone, or staff only. */
export type FieldReaders = 'anyone' | 'staff'

export type FieldPolicy = { owner?: FieldOwner; read?: FieldReaders }

export type CollectionPolicy = {
  /** Documents of this collection go through the review workflow (drafts, versions, per-language publishing). */
  workflow: boolean
  operations: Partial<Record<Operation, Grants>>
  /** Fields by path (`provenance.note`, `requirements.evidence`); fields not named take the defaults above. */
  fields: Record<string, FieldPolicy>
}

const STAFF: Grants = { translator: true, editor: true, reviewer: true, admin: true }
const CONTENT_EDITORS: Grants = { editor: true, reviewer: true, admin: true }
const REVIEWERS: Grants = { reviewer: true, admin: true }
const ADMINS: Grants = { admin: true }
const NOBODY: Grants = {}
/** Staff see and change what is theirs (their account, their preferences); administrators everything. */
const SELF_OR_ADMIN: Grants = { translator: 'self', editor: 'self', reviewer: 'self', admin: true }
const SELF: Grants = { translator: 'self', editor: 'self', reviewer: 'self', admin: 'self' }

/** Payload's own bookkeeping on every document. */
const TIMESTAMPS: Record<string, FieldPolicy> = { createdAt: { owner: 'server' }, updatedAt: { owner: 'server' } }

/** A reviewed content collection: drafts and versions for staff, per-language publishing after a second person's review. */
const reviewedContent = (fields: Record<string, FieldPolicy> = {}): CollectionPolicy => ({
  workflow: true,
  operations: {
    read: { public: 'published', ...STAFF },
    readVersions: STAFF,
    create: CONTENT_EDITORS,
    update: { ...CONTENT_EDITORS, translator: 'own-language' },
    delete: { editor: 'unpublished', reviewer: true, admin: true },
    review: REVIEWERS,
    publish: REVIEWERS,
  },
  fields: {
    ...TIMESTAMPS,
    // The workflow's state: set through transitions the workflow hooks check, never shown to the public.
    _status: { owner: 'writer' },
    reviewStatus: { owner: 'writer', read: 'staff' },
    reviewComment: { owner: 'writer', read: 'staff' },
    lastEditedBy: { owner: 'server', read: 'staff' },
    machineTranslation: { owner: 'server' },
    ...fields,
  },
})

export const POLICY = {
  guidelines: reviewedContent(),
  'good-practices': reviewedContent(),
  assets: reviewedContent(),
  threats: reviewedContent(),
  references: reviewedContent(),
  packs: reviewedContent(),
  translations: {
    workflow: false,
    operations: {
      read: STAFF,
      // Records are made, moved and removed by the workflow hooks only; people write the note of their languages.
      update: { ...CONTENT_EDITORS, translator: 'own-records' },
    },
    fields: {
      ...TIMESTAMPS,
      document: { owner: 'server' },
      language: { owner: 'server' },
      status: { owner: 'server' },
      translator: { owner: 'server' },
      reviewer: { owner: 'server' },
      sourceFingerprint: { owner: 'server' },
      sourceSnapshot: { owner: 'server' },
      englishChanges: { owner: 'server' },
      note: { owner: 'writer' },
    },
  },
  'review-events': {
    // The append-only log: written by the workflow hooks only.
    workflow: false,
    operations: { read: STAFF },
    fields: {
      ...TIMESTAMPS,
      document: { owner: 'server' },
      language: { owner: 'server' },
      from: { owner: 'server' },
      to: { owner: 'server' },
      user: { owner: 'server' },
      comment: { owner: 'server' },
    },
  },
  media: {
    // Files are public once uploaded (pages link them); replacing or deleting one changes published pages: reviewers.
    workflow: false,
    operations: {
      read: { public: true },
      create: CONTENT_EDITORS,
      update: { ...CONTENT_EDITORS, translator: 'own-language' },
      replaceFile: REVIEWERS,
      delete: REVIEWERS,
    },
    fields: {
      ...TIMESTAMPS,
      alt: { owner: 'text' },
      // What Payload derives from the uploaded file.
      ...Object.fromEntries(
        ['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'sizes'].map((name) => [
          name,
          { owner: 'server' as const },
        ]),
      ),
      focalX: { owner: 'shared' },
      focalY: { owner: 'shared' },
    },
  },
  users: {
    workflow: false,
    operations: {
      read: SELF_OR_ADMIN,
      create: ADMINS,
      update: SELF_OR_ADMIN,
      delete: ADMINS,
      unlock: ADMINS,
      admin: STAFF,
    },
    fields: {
      ...TIMESTAMPS,
      email: { owner: 'writer' },
      name: { owner: 'writer' },
      roles: { owner: 'admin' },
      languages: { owner: 'admin' },
      // Payload's own credentials and lockout state.
      ...Object.fromEntries(
        [
          'resetPasswordToken',
          'resetPasswordExpiration',
          'resetPasswordRequestedAt',
          'salt',
          'hash',
          'loginAttempts',
          'lockUntil',
          'sessions',
        ].map((name) => [name, { owner: 'server' as const }]),
      ),
    },
  },
  // Payload's own collections.
  'payload-jobs': { workflow: false, operations: {}, fields: {} },
  'payload-kv': { workflow: false, operations: {}, fields: {} },
  'payload-migrations': { workflow: false, operations: {}, fields: {} },
  // "Someone is editing this document" markers of the admin.
  'payload-locked-documents': {
    workflow: false,
    operations: { read: STAFF, create: STAFF, update: STAFF, delete: STAFF },
    fields: {},
  },
  // Each person's admin settings (list columns, open panels).
  'payload-preferences': {
    workflow: false,
    operations: { read: SELF, create: STAFF, update: SELF, delete: SELF },
    fields: {},
  },
} satisfies Record<string, CollectionPolicy>

export type PolicyCollection = keyof typeof POLICY

/** Running jobs by HTTP (`/api/payload-jobs/run`, `/handle-schedules`): nobody; the server's own queue runs them. */
export const JOBS_POLICY = { run: NOBODY, cancel: ADMINS, queue: NOBODY } satisfies Record<string, Grants>

export const policyOf = (collection: string): CollectionPolicy | undefined =>
  (POLICY as Record<string, CollectionPolicy>)[collection]
