// The people and documents the generated access tests act on: one account per subject (tests/helpers/policyOracle.ts),
// and in each collection documents published in English and French, drafts, and link targets.
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '@/payload-types'
import type { Actor } from './doors'
import { signIn } from './http'
import { POLICY } from '@/access/policy'
import { SUBJECT_LANGUAGES, SUBJECT_ROLES, SUBJECTS, type Facts, type Subject } from './policyOracle'
import type { Candidates } from './probeValues'
import { makeUser } from './users'

type Doc = { id: string } & Record<string, unknown>
export type Target = { id: string; facts: Omit<Facts, 'locale'>; label: string }

export type World = {
  payload: Payload
  actors: Record<Subject, Actor & { account?: User }>
  /** A second account that belongs to no subject. */
  otherAccount: User
  /** An editor who writes the texts the subjects are asked to review. */
  author: User
  candidates: Candidates
  /** The documents of each collection the read and update cells act on. */
  targets: Record<string, Target[]>
  /** Minimal valid data for a new document of each collection (n makes unique values). */
  newDoc: (collection: string, n: number) => Record<string, unknown> | null
  /** A new document made by the system (no person), for delete cells and workflow cells. */
  systemDoc: (collection: string, n: number, options?: { published?: boolean; french?: boolean }) => Promise<Doc>
}

const PNG = (color: string) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: color } })
    .png()
    .toBuffer()
/** A small, well-formed PDF (with its cross-reference table, which Payload checks for). */
function pdf(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
const PDF = pdf()

export async function buildWorld(payload: Payload): Promise<World> {
  const actors = {} as World['actors']
  // The first account ever made becomes an administrator (the admin's first-user screen): make it before the subjects.
  await makeUser(payload, ['admin'])
  for (const subject of SUBJECTS) {
    if (subject === 'anonymous') {
      actors[subject] = {}
      continue
    }
    const account = await makeUser(payload, SUBJECT_ROLES[subject] as never, SUBJECT_LANGUAGES[subject] as never)
    actors[subject] = {
      account,
      user: account as unknown as Record<string, unknown>,
      token: await signIn(account.email),
    }
  }
  const otherAccount = await makeUser(payload, ['editor'])
  const author = await makeUser(payload, ['editor'])

  const media = async (name: string, data: Buffer, mimetype: string) =>
    payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: `Alt ${name}` },
      file: { data, mimetype, name, size: data.length },
    })
  const [m1, m2, mPdf, mPdf2] = [
    await media('one.png', await PNG('#0a5'), 'image/png'),
    await media('two.png', await PNG('#05a'), 'image/png'),
    await media('one.pdf', PDF, 'application/pdf'),
    await media('two.pdf', PDF, 'application/pdf'),
  ]

  const newDoc = (collection: string, n: number, edition?: string): Record<string, unknown> | null => {
    const provenance = { status: 'proposed' }
    switch (collection) {
      case 'guidelines':
        return {
          title: `Edition ${n}`,
          slug: `edition-${n}`,
          publisher: 'ENISA',
          publicationDate: '2020-02-01T00:00:00.000Z',
          summary: 'Summary',
          sourceUrl: 'https://example.org/edition',
          completeness: 'complete',
          documents: [{ language: 'en', file: mPdf.id }],
        }
      case 'good-practices':
        return {
          code: `C${n}`,
          title: `Practice ${n}`,
          slug: `practice-${n}`,
          edition: edition ?? editionId,
          phase: 'plan',
          summary: 'Summary',
          requirements: [{ requirement: 'Requirement', evidence: 'Evidence' }],
          provenance,
          order: n,
        }
      case 'assets':
        return {
          title: `Asset ${n}`,
          slug: `asset-${n}`,
          summary: 'Summary',
          examples: [{ example: 'Example' }],
          order: n,
          provenance,
        }
      case 'threats':
        return {
          title: `Threat ${n}`,
          slug: `threat-${n}`,
          group: 'human-errors',
          summary: 'Summary',
          order: n,
          provenance,
        }
      case 'references':
        return {
          label: `Reference ${n}`,
          slug: `reference-${n}`,
          url: 'https://example.org/reference',
          kind: 'regulation',
          summary: 'Summary',
        }
      case 'packs':
        return {
          title: `Pack ${n}`,
          slug: `pack-${n}`,
          summary: 'Summary',
          edition: edition ?? editionId,
          practices: [practiceId],
          order: n,
          provenance,
        }
      case 'translations':
        return { document: { relationTo: 'threats', value: threatDraftId }, language: 'hu', status: 'approved' }
      case 'review-events':
        return {
          document: { relationTo: 'threats', value: threatDraftId },
          language: 'en',
          from: 'draft',
          to: 'published',
        }
      case 'users':
        return { email: `new-${n}@example.test`, password: 'correct horse battery staple', roles: ['editor'] }
      default:
        return null
    }
  }
  let editionId = ''
  let threatDraftId = ''
  /** a practice of the edition, for the packs to recommend */
  let practiceId = ''

  /** French texts for a document that has English ones (rows keep their ids). */
  const frenchOf = (collection: string, doc: Doc): Record<string, unknown> => {
    const texts: Record<string, unknown> = { summary: 'Résumé' }
    if (collection === 'references') texts.label = `Référence ${doc.id}`
    else texts.title = `Titre ${String(doc.slug)}`
    if (Array.isArray(doc.requirements))
      texts.requirements = (doc.requirements as Doc[]).map((row) => ({
        id: row.id,
        requirement: 'Exigence',
        evidence: 'Preuve',
      }))
    if (Array.isArray(doc.examples))
      texts.examples = (doc.examples as Doc[]).map((row) => ({ id: row.id, example: 'Exemple' }))
    return texts
  }

  const reviewed = new Set(
    Object.entries(POLICY)
      .filter(([, p]) => p.workflow)
      .map(([slug]) => slug),
  )
  const systemDoc: World['systemDoc'] = async (collection, n, { published = true, french = true } = {}) => {
    const workflow = reviewed.has(collection)
    const state = workflow
      ? {
          reviewStatus: published ? 'approved' : 'draft',
          reviewComment: 'Internal review note',
          lastEditedBy: author.id,
          _status: published ? 'published' : 'draft',
        }
      : {}
    const doc = (await payload.create({
      collection: collection as never,
      locale: 'en',
      draft: workflow && !published,
      data: { ...newDoc(collection, n), ...state } as never,
      depth: 0,
    })) as unknown as Doc
    if (french) {
      await payload.update({
        collection: collection as never,
        id: doc.id,
        locale: 'fr',
        draft: workflow && !published,
        data: { ...frenchOf(collection, doc), ...state } as never,
        depth: 0,
      })
    }
    return doc
  }

  let counter = 0
  const next = () => ++counter
  const gPub = await systemDoc('guidelines', next())
  editionId = gPub.id
  practiceId = (await systemDoc('good-practices', next(), { french: false })).id
  const gOther = await systemDoc('guidelines', next())
  const aOther = await systemDoc('assets', next())
  const tOther = await systemDoc('threats', next())
  const rOther = await systemDoc('references', next(), { french: false })
  const tDraft = await systemDoc('threats', next(), { published: false, french: false })
  threatDraftId = tDraft.id

  const targets: World['targets'] = {}
  for (const collection of [...reviewed]) {
    const published = collection === 'guidelines' ? gPub : await systemDoc(collection, next())
    const draft =
      collection === 'threats' ? tDraft : await systemDoc(collection, next(), { published: false, french: false })
    targets[collection] = [
      { id: published.id, facts: { publishedIn: ['en', 'fr'] }, label: 'published' },
      { id: draft.id, facts: { publishedIn: [] }, label: 'draft' },
    ]
  }
  const records = async (language: string) =>
    (
      await payload.find({
        collection: 'translations',
        where: { and: [{ 'document.value': { equals: targets.threats![0]!.id } }, { language: { equals: language } }] },
        depth: 0,
      })
    ).docs[0]!
  targets.translations = [
    { id: (await records('fr')).id, facts: { recordLanguage: 'fr' }, label: 'fr record' },
    { id: (await records('de')).id, facts: { recordLanguage: 'de' }, label: 'de record' },
  ]
  const event = await payload.create({ collection: 'review-events', data: newDoc('review-events', 0) as never })
  targets['review-events'] = [{ id: event.id, facts: {}, label: 'event' }]
  targets.media = [{ id: m1.id, facts: {}, label: 'image' }]
  targets.users = [
    ...SUBJECTS.filter((s) => actors[s].account).map((s) => ({
      id: actors[s].account!.id,
      facts: { owner: s },
      label: `${s}'s account`,
    })),
    { id: otherAccount.id, facts: {}, label: 'another account' },
  ]

  const candidates: Candidates = {
    guidelines: [gOther.id, gPub.id],
    assets: [aOther.id, targets.assets![0]!.id],
    threats: [tOther.id, targets.threats![0]!.id],
    references: [rOther.id, targets.references![0]!.id],
    'good-practices': [targets['good-practices']![0]!.id, targets['good-practices']![1]!.id],
    media: [m2.id, m1.id],
    'media:pdf': [mPdf2.id, mPdf.id],
    users: [otherAccount.id, author.id],
  }
  return {
    payload,
    actors,
    otherAccount,
    author,
    candidates,
    targets,
    newDoc: (collection, n) => newDoc(collection, n),
    systemDoc,
  }
}
