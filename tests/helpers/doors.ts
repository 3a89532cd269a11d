// Every door into the data, as one interface for the generated access tests: REST (single and bulk), GraphQL and the
// Local API, each acting as a given person. REST and GraphQL go through the project's own route handlers.
import type { Payload } from 'payload'

import { graphql, rest, type Answer } from './http'

export const DOORS = ['rest', 'bulk', 'graphql', 'local'] as const
export type Door = (typeof DOORS)[number]

export type Actor = { token?: string; user?: Record<string, unknown> }

type Target = { collection: string; id?: string; locale: string; draft?: boolean }

/** GraphQL names of a collection, found in the schema (Payload derives them from the slug). */
export type GraphqlNames = {
  single: string
  plural: string
  update: string
  create: string
  delete: string
  versions?: string
  dataType: string
  createType: string
}

let names: Map<string, GraphqlNames> | undefined

const pascal = (slug: string) => slug.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())

/** Reads the mutation and query names of every collection from the schema once. */
export async function graphqlNames(slugs: string[]): Promise<Map<string, GraphqlNames>> {
  if (names) return names
  const { body } = await graphql(
    '{ __schema { queryType { fields { name } } mutationType { fields { name args { name type { name kind ofType { name kind } } } } } } }',
  )
  const queries = new Set<string>((body.data.__schema.queryType.fields as Array<{ name: string }>).map((f) => f.name))
  const mutations = new Map<
    string,
    Array<{ name: string; type: { name: string | null; ofType?: { name: string } | null } }>
  >((body.data.__schema.mutationType.fields as Array<{ name: string; args: never[] }>).map((f) => [f.name, f.args]))
  names = new Map()
  for (const slug of slugs) {
    const base = pascal(slug)
    const single = [base.replace(/s$/, ''), base].find((candidate) => mutations.has(`update${candidate}`))
    if (!single) continue // no GraphQL for this collection
    const plural = [base, `all${base}`].find((candidate) => queries.has(candidate) && candidate !== single) ?? base
    const typeOf = (mutation: string, arg: string) => {
      const type = mutations.get(mutation)?.find((a) => a.name === arg)?.type
      return type?.name ?? type?.ofType?.name ?? ''
    }
    names.set(slug, {
      single,
      plural,
      update: `update${single}`,
      create: `create${single}`,
      delete: `delete${single}`,
      versions: [`versions${plural}`, `versions${single}`].find((query) => queries.has(query)),
      dataType: typeOf(`update${single}`, 'data'),
      createType: typeOf(`create${single}`, 'data'),
    })
  }
  return names
}

export type Outcome = { status: number; message?: string }

const fromAnswer = (answer: Answer): Outcome => ({ status: answer.status, message: answer.body?.errors?.[0]?.message })

/** GraphQL answers 200 with errors: report the first error's status as REST would. */
const fromGraphql = (answer: Answer, field: string): Outcome => {
  const error = answer.body?.errors?.[0]
  if (!error) return { status: answer.body?.data?.[field] === null ? 404 : 200 }
  return { status: error.extensions?.statusCode ?? 400, message: error.message }
}

async function local(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run()
    return { status: 200 }
  } catch (error) {
    return { status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
  }
}

const query = (target: Target, extra: Record<string, string> = {}) =>
  new URLSearchParams({
    locale: target.locale,
    depth: '0',
    ...(target.draft ? { draft: 'true' } : {}),
    ...extra,
  }).toString()

/** Updates one document through `door` as `actor`. */
export async function update(
  payload: Payload,
  door: Door,
  actor: Actor,
  target: Target & { id: string },
  data: Record<string, unknown>,
  graphqlData?: Record<string, unknown>,
): Promise<Outcome> {
  switch (door) {
    case 'rest':
      return fromAnswer(
        await rest('PATCH', `${target.collection}/${target.id}?${query(target)}`, { token: actor.token, body: data }),
      )
    case 'bulk': {
      const answer = await rest('PATCH', `${target.collection}?${query(target, { 'where[id][equals]': target.id })}`, {
        token: actor.token,
        body: data,
      })
      // A bulk update answers 200 with the documents it could not change under `errors`.
      const refused = answer.status === 200 && (answer.body?.errors?.length ?? 0) > 0
      return refused
        ? { status: answer.body.errors[0].status ?? 403, message: answer.body.errors[0].message }
        : fromAnswer(answer)
    }
    case 'graphql': {
      const n = (await graphqlNames([target.collection])).get(target.collection)
      if (!n) return { status: 404, message: 'no GraphQL' }
      const draft = target.draft ? ', draft: true' : ''
      const mutation = `mutation($id: String!, $data: ${n.dataType}!) { ${n.update}(id: $id, data: $data, locale: ${target.locale}${draft}) { id } }`
      return fromGraphql(
        await graphql(mutation, { id: target.id, data: graphqlData ?? data }, { token: actor.token }),
        n.update,
      )
    }
    case 'local':
      return local(() =>
        payload.update({
          collection: target.collection as never,
          id: target.id,
          locale: target.locale as never,
          draft: target.draft,
          data: data as never,
          user: actor.user,
          overrideAccess: false,
          depth: 0,
        }),
      )
  }
}

/** Creates a document through `door` as `actor` (no bulk create). Returns the new id when one was made. */
export async function create(
  payload: Payload,
  door: Exclude<Door, 'bulk'>,
  actor: Actor,
  target: Target,
  data: Record<string, unknown>,
  graphqlData?: Record<string, unknown>,
): Promise<Outcome & { id?: string }> {
  switch (door) {
    case 'rest': {
      const answer = await rest('POST', `${target.collection}?${query(target)}`, { token: actor.token, body: data })
      return { ...fromAnswer(answer), status: answer.status === 201 ? 200 : answer.status, id: answer.body?.doc?.id }
    }
    case 'graphql': {
      const n = (await graphqlNames([target.collection])).get(target.collection)
      if (!n) return { status: 404, message: 'no GraphQL' }
      const draft = target.draft ? ', draft: true' : ''
      const answer = await graphql(
        `mutation($data: ${n.createType}!) { ${n.create}(data: $data, locale: ${target.locale}${draft}) { id } }`,
        { data: graphqlData ?? data },
        { token: actor.token },
      )
      return { ...fromGraphql(answer, n.create), id: answer.body?.data?.[n.create]?.id }
    }
    case 'local':
      try {
        const doc = await payload.create({
          collection: target.collection as never,
          locale: target.locale as never,
          draft: target.draft,
          data: data as never,
          user: actor.user,
          overrideAccess: false,
          depth: 0,
        })
        return { status: 200, id: (doc as { id: string }).id }
      } catch (error) {
        return { status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
      }
  }
}

export async function remove(
  payload: Payload,
  door: Door,
  actor: Actor,
  target: { collection: string; id: string },
): Promise<Outcome> {
  switch (door) {
    case 'rest':
      return fromAnswer(await rest('DELETE', `${target.collection}/${target.id}`, { token: actor.token }))
    case 'bulk': {
      const answer = await rest('DELETE', `${target.collection}?where[id][equals]=${target.id}`, { token: actor.token })
      const refused = answer.status === 200 && (answer.body?.errors?.length ?? 0) > 0
      return refused ? { status: 403 } : fromAnswer(answer)
    }
    case 'graphql': {
      const n = (await graphqlNames([target.collection])).get(target.collection)
      if (!n) return { status: 404, message: 'no GraphQL' }
      return fromGraphql(
        await graphql(
          `mutation($id: String!) { ${n.delete}(id: $id) { id } }`,
          { id: target.id },
          { token: actor.token },
        ),
        n.delete,
      )
    }
    case 'local':
      return local(() =>
        payload.delete({
          collection: target.collection as never,
          id: target.id,
          user: actor.user,
          overrideAccess: false,
        }),
      )
  }
}

/** The ids a read through `door` returns (drafts asked for; the policy decides what comes back), or the refusal. */
export async function readIds(
  payload: Payload,
  door: Exclude<Door, 'bulk'>,
  actor: Actor,
  target: Target,
): Promise<{ status: number; ids: string[]; docs: Array<Record<string, unknown>> }> {
  switch (door) {
    case 'rest': {
      const answer = await rest('GET', `${target.collection}?${query({ ...target, draft: true }, { limit: '200' })}`, {
        token: actor.token,
      })
      const docs = (answer.body?.docs ?? []) as Array<Record<string, unknown>>
      return { status: answer.status, ids: docs.map((d) => String(d.id)), docs }
    }
    case 'graphql': {
      const n = (await graphqlNames([target.collection])).get(target.collection)
      if (!n) return { status: 404, ids: [], docs: [] }
      const answer = await graphql(
        `{ ${n.plural}(locale: ${target.locale}, draft: true, limit: 200) { docs { id } } }`,
        {},
        { token: actor.token },
      )
      const docs = (answer.body?.data?.[n.plural]?.docs ?? []) as Array<Record<string, unknown>>
      const error = answer.body?.errors?.[0]
      return { status: error ? (error.extensions?.statusCode ?? 400) : 200, ids: docs.map((d) => String(d.id)), docs }
    }
    case 'local':
      try {
        const { docs } = await payload.find({
          collection: target.collection as never,
          locale: target.locale as never,
          draft: true,
          limit: 200,
          depth: 0,
          user: actor.user,
          overrideAccess: false,
        })
        return {
          status: 200,
          ids: docs.map((d) => String((d as { id: string }).id)),
          docs: docs as Array<Record<string, unknown>>,
        }
      } catch (error) {
        return { status: (error as { status?: number }).status ?? 500, ids: [], docs: [] }
      }
  }
}
