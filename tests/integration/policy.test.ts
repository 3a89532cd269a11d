// The access policy (src/access/policy.ts), tried cell by cell: for every collection and field, every kind of person
// (tests/helpers/policyOracle.ts), every operation, in English and French, through every door (REST, bulk REST,
// GraphQL, Local API; field updates through the doors in turn, see updateDoors). Each cell compares what the database holds afterwards with what the table declares. The
// expected outcomes are also kept as a snapshot, so that loosening the table itself shows as a reviewed change.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Field, Payload } from 'payload'

import { fieldsWithPaths, type PathedField } from '@/access/fieldPolicy'
import { DOORS, create, graphqlNames, readIds, remove, update, type Door } from '../helpers/doors'
import { graphql, rest } from '../helpers/http'
import {
  CELL_LOCALES,
  expectedCreate,
  expectedUpdate,
  isStaff,
  ownerOfField,
  permits,
  policy,
  staffOnlyField,
  SUBJECTS,
  type Subject,
} from '../helpers/policyOracle'
import { buildWorld, type World } from '../helpers/policyWorld'
import { probe, toGraphql } from '../helpers/probeValues'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let world: World
let payload: Payload
const tried: Record<string, number> = {}
const count = (kind: string, n = 1) => (tried[kind] = (tried[kind] ?? 0) + n)

/** The collections people work with (Payload's own are tried at the end). */
const COLLECTIONS = [
  'guidelines',
  'good-practices',
  'assets',
  'threats',
  'references',
  'translations',
  'review-events',
  'media',
  'users',
]
const WORKFLOW = (collection: string) => policy(collection).workflow

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  // Payload logs each refusal; thousands of expected ones would bury the output. A server error still fails its cell.
  payload.logger.level = 'fatal'
  world = await buildWorld(payload)
  await graphqlNames([...COLLECTIONS, 'payload-locked-documents', 'payload-preferences'])
}, 300_000)
afterAll(async () => {
  console.log(`Policy cells tried: ${JSON.stringify(tried)}, in all ${Object.values(tried).reduce((a, b) => a + b, 0)}`)
  await t?.cleanup()
})

const stored = (collection: string, id: string, locale: string) =>
  payload.findByID({
    collection: collection as never,
    id,
    locale: locale as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
  }) as Promise<Record<string, unknown> | null>

/** The fields a request could try to write: data fields, not the workflow's own state (tried by the workflow cells). */
function probedFields(collection: string): {
  fields: Field[]
  pathed: PathedField[]
  arrays: Map<string, Field & { type: 'array' }>
} {
  const fields = (payload.collections as Record<string, { config: { fields: Field[] } }>)[collection]!.config.fields
  const pathed = fieldsWithPaths(fields)
  const arrays = new Map(
    pathed.filter((p) => p.field.type === 'array').map((p) => [p.path, p.field as Field & { type: 'array' }]),
  )
  const probed = pathed.filter(({ path, field }) => {
    if (field.type === 'group' || field.type === 'join' || ('virtual' in field && field.virtual)) return false
    if (path.endsWith('.id') && arrays.has(path.slice(0, -3))) return false
    return !['_status', 'reviewStatus'].includes(path)
  })
  return { fields, pathed: probed, arrays }
}

const fields = (collection: string) => probedFields(collection).fields

/** GraphQL update inputs require a group with a required field in every update: send it as stored. */
function withRequiredGroups(fields: Field[], current: Record<string, unknown>, data: Record<string, unknown>) {
  const out = { ...data }
  for (const field of fields) {
    if (
      field.type === 'group' &&
      'name' in field &&
      field.fields.some((f) => 'required' in f && f.required) &&
      !(field.name in out) &&
      current[field.name]
    ) {
      out[field.name] = (toGraphql(fields, { [field.name]: current[field.name] }) as Record<string, unknown>)[
        field.name
      ]
    }
  }
  return out
}

/** Puts an account's identity back as it was (below Payload's hooks), keeping its sign-in sessions. */
async function restoreAccount(id: string, original: Record<string, unknown>) {
  const { email, name, roles, languages } = original
  // The adapter rewrites every list of a document it updates: the sessions are passed as they are, or they are gone.
  const { sessions } = (await payload.db.findOne<{ id: string; sessions?: unknown[] }>({
    collection: 'users',
    where: { id: { equals: id } },
  }))!
  await payload.db.updateOne({ collection: 'users', id, data: { email, name, roles, languages, sessions } })
  return stored('users', id, 'en')
}

// Numbers for unique slugs and codes, above those the world used.
let n = 1000
const cellName = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' · ')

/**
 * The doors an update cell goes through. Every door for every cell with POLICY_CELLS=all (about four times as long);
 * otherwise one door per cell, turning with the field, the person, the language and the document, so that each field
 * is tried through every door and each person through every door on half the fields.
 */
function updateDoors(...indexes: number[]): readonly Door[] {
  if (process.env.POLICY_CELLS === 'all') return DOORS
  return [DOORS[indexes.reduce((sum, i, k) => sum + i * (k === 1 ? 2 : 1), 0) % DOORS.length]!]
}

describe('updates: every field, by every person, in every language, through the doors', () => {
  it.each(COLLECTIONS)('%s', async (collection) => {
    const { fields, pathed, arrays } = probedFields(collection)
    const mismatches: string[] = []
    for (const [targetIndex, target] of world.targets[collection]!.entries()) {
      for (const [fieldIndex, field] of pathed.entries()) {
        for (const [subjectIndex, subject] of SUBJECTS.entries()) {
          for (const [localeIndex, locale] of CELL_LOCALES.entries()) {
            let current = await stored(collection, target.id, locale)
            const original = collection === 'users' ? current : null
            for (const door of updateDoors(fieldIndex, subjectIndex, localeIndex, targetIndex)) {
              if (!current) throw new Error(`${collection} ${target.label} is gone`)
              const cell = probe(fields, field, current, ++n, world.candidates, arrays)
              if (!cell) continue
              const draft = WORKFLOW(collection)
              const data = draft ? { ...cell.data, _status: 'draft' } : cell.data
              const graphqlData = withRequiredGroups(
                fields,
                current,
                draft ? { ...cell.graphqlData, _status: 'draft' } : cell.graphqlData,
              )
              const outcome = await update(
                payload,
                door,
                world.actors[subject],
                { collection, id: target.id, locale, draft },
                data,
                graphqlData,
              )
              let after = await stored(collection, target.id, locale)
              const got = after && cell.stored(after) ? 'written' : 'unchanged'
              // An account keeps who it is: a written role, language or address would change who the subjects are.
              if (collection === 'users' && got === 'written') after = await restoreAccount(target.id, original!)
              current = after
              const expected = expectedUpdate(collection, field.path, field.localized, subject, {
                ...target.facts,
                locale,
              })
              count('update')
              if (outcome.status >= 500)
                mismatches.push(
                  `${cellName(target.label, field.path, subject, locale, door)}: server error ${outcome.status} ${outcome.message ?? ''}`,
                )
              else if (got !== expected)
                mismatches.push(
                  `${cellName(target.label, field.path, subject, locale, door)}: ${got}, declared ${expected} (${outcome.status} ${outcome.message ?? ''})`,
                )
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('reads: which documents and which fields each person sees', () => {
  it.each(COLLECTIONS)('%s', async (collection) => {
    const mismatches: string[] = []
    const targets = world.targets[collection]!
    const staffFields = Object.keys(policy(collection).fields).filter(
      (path) => staffOnlyField(collection, path) && !path.includes('.'),
    )
    for (const subject of SUBJECTS) {
      for (const locale of CELL_LOCALES) {
        for (const door of ['rest', 'graphql', 'local'] as const) {
          const { status, ids, docs } = await readIds(payload, door, world.actors[subject], { collection, locale })
          count('read')
          if (status >= 500) mismatches.push(`${cellName(subject, locale, door)}: server error ${status}`)
          for (const target of targets) {
            const expected = permits(collection, 'read', subject, { ...target.facts, locale })
            if (ids.includes(target.id) !== expected)
              mismatches.push(
                `${cellName(target.label, subject, locale, door)}: ${ids.includes(target.id) ? 'seen' : 'not seen'}, declared ${expected ? 'seen' : 'not seen'}`,
              )
            const doc = docs.find((d) => String(d.id) === target.id)
            if (!doc || door === 'graphql') continue
            for (const path of staffFields) {
              count('read field')
              if (path in doc !== isStaff(subject))
                mismatches.push(
                  `${cellName(target.label, path, subject, locale, door)}: ${path in doc ? 'shown' : 'hidden'}, declared ${isStaff(subject) ? 'shown' : 'hidden'}`,
                )
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('GraphQL gives nobody but staff the workflow state of published content', async () => {
    const mismatches: string[] = []
    for (const collection of COLLECTIONS.filter(WORKFLOW)) {
      const names = (await graphqlNames([collection])).get(collection)!
      const published = world.targets[collection]![0]!
      for (const subject of SUBJECTS) {
        const { body } = await graphql(
          `{ ${names.single}(id: "${published.id}", locale: en) { id reviewStatus reviewComment lastEditedBy { id } } }`,
          {},
          { token: world.actors[subject].token },
        )
        const doc = body?.data?.[names.single] ?? {}
        count('read field', 3)
        // (Staff may still not see the last editor's account itself: accounts are read by their owner and admins.)
        const shown = ['reviewStatus', 'reviewComment', 'lastEditedBy'].filter(
          (f) => doc[f] !== null && doc[f] !== undefined,
        )
        const wrong = isStaff(subject)
          ? !shown.includes('reviewStatus') || !shown.includes('reviewComment')
          : shown.length > 0
        if (wrong) mismatches.push(`${collection} · ${subject}: shown ${shown.join(', ') || 'nothing'}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('creates: a whole new document, and the server-owned fields in it', () => {
  it.each(COLLECTIONS.filter((c) => c !== 'media'))('%s', async (collection) => {
    const { fields, pathed, arrays } = probedFields(collection)
    const serverOwned = pathed.filter((p) =>
      ['server', 'admin'].includes(ownerOfField(collection, p.path, p.localized)),
    )
    const mismatches: string[] = []
    for (const subject of SUBJECTS) {
      for (const locale of CELL_LOCALES) {
        for (const door of ['rest', 'graphql', 'local'] as const) {
          const base = world.newDoc(collection, ++n)!
          // Every server-owned field is sent with a value of its own; none of them may be stored.
          const probes = serverOwned
            .map((field) => ({ field, cell: probe(fields, field, base, ++n, world.candidates, arrays) }))
            .filter((p) => p.cell)
          const data: Record<string, unknown> = { ...base, ...(WORKFLOW(collection) ? { _status: 'draft' } : {}) }
          for (const { cell } of probes) Object.assign(data, cell!.data)
          const outcome = await create(
            payload,
            door,
            world.actors[subject],
            { collection, locale, draft: WORKFLOW(collection) },
            data,
            withRequiredGroups(fields, base, toGraphql(fields, data) as Record<string, unknown>),
          )
          const expected = expectedCreate(collection, subject, locale)
          count('create')
          if (outcome.status >= 500)
            mismatches.push(
              `${cellName(subject, locale, door)}: server error ${outcome.status} ${outcome.message ?? ''}`,
            )
          else if (Boolean(outcome.id) !== expected)
            mismatches.push(
              `${cellName(subject, locale, door)}: ${outcome.id ? 'created' : 'refused'}, declared ${expected ? 'created' : 'refused'} (${outcome.status} ${outcome.message ?? ''})`,
            )
          if (!outcome.id) continue
          const doc = (await stored(collection, outcome.id, locale))!
          for (const { field, cell } of probes) {
            count('create field')
            const allowed = ownerOfField(collection, field.path, field.localized) === 'admin' && subject === 'admin'
            if (cell!.stored(doc) !== allowed)
              mismatches.push(
                `${cellName(field.path, subject, locale, door)}: ${cell!.stored(doc) ? 'stored' : 'ignored'} on create, declared ${allowed ? 'stored' : 'ignored'}`,
              )
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('deletes', () => {
  it.each(COLLECTIONS)('%s', async (collection) => {
    const mismatches: string[] = []
    const variants = WORKFLOW(collection) ? [{ published: true }, { published: false }] : [{ published: true }]
    for (const subject of SUBJECTS) {
      for (const door of DOORS) {
        for (const variant of variants) {
          const fresh = await freshDoc(collection, variant.published, subject)
          if (!fresh) continue
          const outcome = await remove(payload, door, world.actors[subject], { collection, id: fresh.id })
          const gone = !(await stored(collection, fresh.id, 'en'))
          const expected = permits(collection, 'delete', subject, { ...fresh.facts, locale: 'en' })
          count('delete')
          if (outcome.status >= 500)
            mismatches.push(
              `${cellName(fresh.label, subject, door)}: server error ${outcome.status} ${outcome.message ?? ''}`,
            )
          else if (gone !== expected)
            mismatches.push(
              `${cellName(fresh.label, subject, door)}: ${gone ? 'deleted' : 'kept'}, declared ${expected ? 'deleted' : 'kept'} (${outcome.status} ${outcome.message ?? ''})`,
            )
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

/** A new document to delete, made by the system, with what is known about it. */
async function freshDoc(
  collection: string,
  published: boolean,
  subject: Subject,
): Promise<{
  id: string
  facts: { publishedIn?: string[]; owner?: Subject; recordLanguage?: string }
  label: string
} | null> {
  switch (collection) {
    case 'translations': {
      const doc = await world.systemDoc('threats', ++n, { published: false, french: false })
      const record = (
        await payload.find({
          collection: 'translations',
          where: { and: [{ 'document.value': { equals: doc.id } }, { language: { equals: 'fr' } }] },
          depth: 0,
        })
      ).docs[0]!
      return { id: record.id, facts: { recordLanguage: 'fr' }, label: 'fr record' }
    }
    case 'review-events':
      return {
        id: (await payload.create({ collection: 'review-events', data: world.newDoc('review-events', ++n) as never }))
          .id,
        facts: {},
        label: 'event',
      }
    case 'media': {
      const png = Buffer.from(
        '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
          '1f15c4890000000d49444154789c6360f8cfc000000301010018dd8db00000000049454e44ae426082',
        'hex',
      )
      return {
        id: (
          await payload.create({
            collection: 'media',
            data: { alt: 'x' },
            file: { data: png, mimetype: 'image/png', name: `d-${++n}.png`, size: png.length },
          })
        ).id,
        facts: {},
        label: 'image',
      }
    }
    case 'users': {
      const account = await payload.create({
        collection: 'users',
        data: {
          email: `fresh-${++n}@example.test`,
          password: 'correct horse battery staple',
          roles: ['editor'],
        } as never,
      })
      return { id: account.id, facts: {}, label: `another account (for ${subject})` }
    }
    default: {
      const doc = await world.systemDoc(collection, ++n, { published, french: false })
      return {
        id: doc.id,
        facts: { publishedIn: published && WORKFLOW(collection) ? ['en'] : [] },
        label: published ? 'published' : 'draft',
      }
    }
  }
}

describe('version history', () => {
  it.each(COLLECTIONS.filter(WORKFLOW))('%s', async (collection) => {
    const mismatches: string[] = []
    const names = (await graphqlNames([collection])).get(collection)!
    for (const subject of SUBJECTS) {
      const actor = world.actors[subject]
      const viaRest = await rest('GET', `${collection}/versions?limit=5&depth=0`, { token: actor.token })
      const viaGraphql = await graphql(`{ ${names.versions}(limit: 5) { totalDocs } }`, {}, { token: actor.token })
      const viaLocal = await payload
        .findVersions({ collection: collection as never, limit: 5, user: actor.user, overrideAccess: false })
        .then(
          (r) => r.totalDocs,
          () => 0,
        )
      const seen = {
        rest: (viaRest.body?.totalDocs ?? 0) > 0,
        graphql: (viaGraphql.body?.data?.[names.versions!]?.totalDocs ?? 0) > 0,
        local: viaLocal > 0,
      }
      const expected = permits(collection, 'readVersions', subject, { locale: 'en' })
      for (const [door, got] of Object.entries(seen)) {
        count('read versions')
        if (got !== expected)
          mismatches.push(
            `${cellName(subject, door)}: ${got ? 'seen' : 'not seen'}, declared ${expected ? 'seen' : 'not seen'}`,
          )
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('the workflow: review and publication, per language, through every door', () => {
  const reviewStatus = async (collection: string, id: string, locale: string) =>
    (await stored(collection, id, locale))?.reviewStatus
  const isPublic = async (collection: string, id: string, locale: string) =>
    (
      await payload.find({
        collection: collection as never,
        locale: locale as never,
        where: { id: { equals: id } },
        depth: 0,
        overrideAccess: false,
      })
    ).docs.length > 0

  it.each(COLLECTIONS.filter(WORKFLOW))('%s', async (collection) => {
    const mismatches: string[] = []
    for (const subject of SUBJECTS) {
      for (const locale of CELL_LOCALES) {
        for (const door of DOORS) {
          const facts = { locale, publishedIn: ['en', 'fr'] }
          const mayEdit = permits(collection, 'update', subject, facts)
          // One document, published in English and French, taken through each step (set up by the system in between).
          const doc = await world.systemDoc(collection, ++n)
          const system = (data: Record<string, unknown>, draft = true) =>
            payload.update({
              collection: collection as never,
              id: doc.id,
              locale: locale as never,
              draft,
              data: data as never,
            })
          const asSubject = (data: Record<string, unknown>, draft: boolean) =>
            update(
              payload,
              door,
              world.actors[subject],
              { collection, id: doc.id, locale, draft },
              data,
              withRequiredGroups(fields(collection), doc, data),
            )

          // Approving someone else's text waiting for review.
          await system({ reviewStatus: 'in_review', lastEditedBy: world.author.id, _status: 'draft' })
          const approval = await asSubject({ reviewStatus: 'approved', _status: 'draft' }, true)
          const approved = (await reviewStatus(collection, doc.id, locale)) === 'approved'
          const mayReview = mayEdit && permits(collection, 'review', subject, facts)
          count('review')
          if (approved !== mayReview)
            mismatches.push(
              `${cellName('approve', subject, locale, door)}: ${approved ? 'approved' : 'refused'}, declared ${mayReview ? 'approved' : 'refused'} (${approval.status} ${approval.message ?? ''})`,
            )

          // Publishing an approved change: as a plain publication, and with draft=true (as the admin's bulk publish
          // sends it; Payload then publishes the newest draft). A bulk publication without draft=true is refused for
          // everyone (see src/workflow/hooks/reviewWorkflow.ts).
          const mayPublish = permits(collection, 'publish', subject, facts)
          for (const draft of door === 'bulk' ? [true] : [false, true]) {
            const wording = `Approved wording ${++n}`
            await system({
              summary: wording,
              reviewStatus: 'approved',
              lastEditedBy: world.author.id,
              _status: 'draft',
            })
            const publication = await asSubject({ _status: 'published' }, draft)
            const published =
              (
                (
                  await payload.find({
                    collection: collection as never,
                    locale: locale as never,
                    where: { id: { equals: doc.id } },
                    depth: 0,
                    overrideAccess: false,
                  })
                ).docs[0] as { summary?: string } | undefined
              )?.summary === wording
            count('publish')
            if (published !== mayPublish)
              mismatches.push(
                `${cellName('publish', draft ? 'draft=true' : undefined, subject, locale, door)}: ${published ? 'published' : 'refused'}, declared ${mayPublish ? 'published' : 'refused'} (${publication.status} ${publication.message ?? ''})`,
              )
          }

          // Unpublishing what is public.
          await system({ _status: 'published' }, false)
          const unpublication = await asSubject({ _status: 'draft' }, false)
          const unpublished = !(await isPublic(collection, doc.id, locale))
          count('unpublish')
          if (unpublished !== mayPublish)
            mismatches.push(
              `${cellName('unpublish', subject, locale, door)}: ${unpublished ? 'unpublished' : 'refused'}, declared ${mayPublish ? 'unpublished' : 'refused'} (${unpublication.status} ${unpublication.message ?? ''})`,
            )
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('publishing every language at once is refused, whoever asks, while one language is not approved', async () => {
    const mismatches: string[] = []
    for (const subject of SUBJECTS) {
      for (const door of ['rest', 'bulk', 'local'] as const) {
        const doc = await world.systemDoc('threats', ++n)
        await payload.update({
          collection: 'threats',
          id: doc.id,
          locale: 'fr',
          draft: true,
          data: { title: 'Pas encore relu', reviewStatus: 'in_review', _status: 'draft' },
        })
        if (door === 'local')
          await payload
            .update({
              collection: 'threats',
              id: doc.id,
              locale: 'en',
              publishAllLocales: true,
              data: { _status: 'published' },
              user: world.actors[subject].user,
              overrideAccess: false,
            })
            .catch(() => null)
        else if (door === 'rest')
          await rest('PATCH', `threats/${doc.id}?locale=en&publishAllLocales=true`, {
            token: world.actors[subject].token,
            body: { _status: 'published' },
          })
        else
          await rest('PATCH', `threats?locale=en&publishAllLocales=true&where[id][equals]=${doc.id}`, {
            token: world.actors[subject].token,
            body: { _status: 'published' },
          })
        count('publish all')
        const french = (
          await payload.find({
            collection: 'threats',
            locale: 'fr',
            where: { id: { equals: doc.id } },
            depth: 0,
            overrideAccess: false,
          })
        ).docs[0]?.title
        if (french === 'Pas encore relu')
          mismatches.push(`${cellName(subject, door)}: the unreviewed French text went public`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('accounts', () => {
  it('only administrators unlock an account', async () => {
    const mismatches: string[] = []
    for (const subject of SUBJECTS) {
      for (const door of ['rest', 'graphql', 'local'] as const) {
        const locked = await payload.create({
          collection: 'users',
          data: {
            email: `locked-${++n}@example.test`,
            password: 'correct horse battery staple',
            roles: ['editor'],
          } as never,
        })
        await payload.db.updateOne({
          collection: 'users',
          id: locked.id,
          data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3600_000).toISOString() },
        })
        const actor = world.actors[subject]
        if (door === 'rest') await rest('POST', 'users/unlock', { token: actor.token, body: { email: locked.email } })
        else if (door === 'graphql')
          await graphql(`mutation { unlockUser(email: "${locked.email}") }`, {}, { token: actor.token })
        else
          await payload
            .unlock({
              collection: 'users',
              data: { email: locked.email } as never,
              overrideAccess: false,
              req: { user: actor.user } as never,
            })
            .catch(() => null)
        const after = (await payload.db.findOne<{ id: string; lockUntil?: string | null }>({
          collection: 'users',
          where: { id: { equals: locked.id } },
        }))!
        const unlocked = !after.lockUntil || new Date(after.lockUntil).getTime() < Date.now()
        const expected = permits('users', 'unlock', subject, { locale: 'en' })
        count('unlock')
        if (unlocked !== expected)
          mismatches.push(
            `${cellName(subject, door)}: ${unlocked ? 'unlocked' : 'still locked'}, declared ${expected ? 'unlocked' : 'still locked'}`,
          )
      }
    }
    expect(mismatches).toEqual([])
  })

  it('only staff may use the admin panel', async () => {
    const mismatches: string[] = []
    for (const subject of SUBJECTS) {
      const { body } = await rest('GET', 'access', { token: world.actors[subject].token })
      count('admin panel')
      if (Boolean(body?.canAccessAdmin) !== permits('users', 'admin', subject, { locale: 'en' }))
        mismatches.push(`${subject}: canAccessAdmin ${body?.canAccessAdmin}`)
    }
    expect(mismatches).toEqual([])
  })
})

describe("Payload's own collections", () => {
  it('jobs, key-value store, migrations, locks and preferences keep to the policy', async () => {
    const mismatches: string[] = []
    const lockOf = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'threats', value: world.targets.threats![0]!.id },
        user: { relationTo: 'users', value: world.otherAccount.id },
      } as never,
    })
    for (const subject of SUBJECTS) {
      const actor = world.actors[subject]
      for (const [collection, operation] of [
        ['payload-jobs', 'read'],
        ['payload-kv', 'read'],
        ['payload-migrations', 'read'],
        ['payload-locked-documents', 'read'],
        ['payload-preferences', 'read'],
      ] as const) {
        const seen = await payload
          .find({ collection: collection as never, user: actor.user, overrideAccess: false, limit: 5 })
          .then(
            () => true,
            () => false,
          )
        const expected = permits(collection, operation, subject, { locale: 'en', owner: subject })
        count('builtin')
        if (seen !== expected)
          mismatches.push(
            `${collection} ${operation} · ${subject}: ${seen ? 'allowed' : 'refused'}, declared ${expected ? 'allowed' : 'refused'}`,
          )
      }
      const locks = await rest('GET', 'payload-locked-documents?limit=5', { token: actor.token })
      count('builtin')
      if (
        (locks.status === 200 && locks.body.docs.some((d: { id: string }) => d.id === lockOf.id)) !== isStaff(subject)
      )
        mismatches.push(`payload-locked-documents REST · ${subject}: ${locks.status}`)
      for (const path of ['payload-jobs/run', 'payload-jobs/handle-schedules', 'payload-jobs', 'payload-kv']) {
        const answer = await rest('GET', path, { token: actor.token })
        count('builtin')
        if (answer.status < 400 || answer.status >= 500) mismatches.push(`${path} · ${subject}: ${answer.status}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('the declared policy', () => {
  it('is the one reviewed (a change to src/access/policy.ts shows here as a changed table)', () => {
    const code = (written: boolean) => (written ? 'w' : '·')
    const table: Record<string, string[]> = {}
    for (const collection of COLLECTIONS) {
      const { pathed } = probedFields(collection)
      const rows: string[] = [`subjects: ${SUBJECTS.join(' ')} (each: en fr)`]
      for (const target of world.targets[collection]!) {
        for (const field of pathed) {
          const cells = SUBJECTS.map((s) =>
            CELL_LOCALES.map((l) =>
              code(
                expectedUpdate(collection, field.path, field.localized, s, { ...target.facts, locale: l }) ===
                  'written',
              ),
            ).join(''),
          )
          rows.push(`update ${target.label} ${field.path}: ${cells.join(' ')}`)
        }
        rows.push(
          `read ${target.label}: ${SUBJECTS.map((s) => CELL_LOCALES.map((l) => code(permits(collection, 'read', s, { ...target.facts, locale: l }))).join('')).join(' ')}`,
        )
      }
      for (const operation of [
        'create',
        'delete',
        'readVersions',
        'review',
        'publish',
        'replaceFile',
        'unlock',
        'admin',
      ] as const) {
        if (!policy(collection).operations[operation]) continue
        rows.push(
          `${operation}: ${SUBJECTS.map((s) => CELL_LOCALES.map((l) => code(permits(collection, operation, s, { locale: l, publishedIn: [] }))).join('')).join(' ')}`,
        )
      }
      table[collection] = rows
    }
    expect(table).toMatchSnapshot()
  })
})
