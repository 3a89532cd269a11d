// REST and GraphQL as the public reaches them: through the same route handlers Next serves under /api.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seedDatabase } from '../../seed/seed'
import { CODES_2026, EDITIONS } from '../fixtures/identifiers'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let rest: (path: string, init?: RequestInit) => Promise<Response>
let graphql: (
  query: string,
) => Promise<{ data?: Record<string, { docs: Array<Record<string, unknown>> }>; errors?: unknown[] }>

beforeAll(async () => {
  t = await startTestPayload()
  // No machine translations: the French API then shows what an untranslated language gives.
  await seedDatabase(t.payload, { languages: [] })
  const { REST_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const get = REST_GET(config)
  const post = GRAPHQL_POST(config)
  rest = (path) => {
    const url = new URL(`http://localhost/api/${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return get(new Request(url), { params: Promise.resolve({ slug }) })
  }
  graphql = async (query) => {
    const response = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    return response.json()
  }
})
afterAll(async () => {
  await t?.cleanup()
})

describe('REST', () => {
  it('lists the 28 published practices of 2020 in English, with their links', async () => {
    const response = await rest('good-practices?locale=en&limit=100&depth=1')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.totalDocs).toBe(28)
    expect(body.docs[0].edition.slug).toBe(EDITIONS.published)
    // Linked, as key or as related, to at least one asset type and one threat.
    type Links = { assets: unknown[]; relatedAssets: unknown[]; threats: unknown[]; relatedThreats: unknown[] }
    expect(
      body.docs.every(
        (p: Links) => p.assets.length + p.relatedAssets.length > 0 && p.threats.length + p.relatedThreats.length > 0,
      ),
    ).toBe(true)
  })

  it.each(['en', 'fr', 'de', 'el', 'ga'])(
    'never returns a 2026 draft to the public (locale %s, draft=true too)',
    async (locale) => {
      for (const query of [`locale=${locale}`, `locale=${locale}&draft=true`, `locale=all&draft=true`]) {
        const body = await (await rest(`good-practices?${query}&limit=200&depth=0`)).json()
        expect(body.docs.map((p: { code: string }) => p.code)).not.toEqual(expect.arrayContaining([CODES_2026[0]]))
        expect(body.docs.some((p: { code: string }) => CODES_2026.includes(p.code))).toBe(false)
        const editions = await (await rest(`guidelines?${query}`)).json()
        expect(editions.docs.map((g: { slug: string }) => g.slug)).not.toContain(EDITIONS.draft)
      }
    },
  )

  it('refuses a 2026 draft by id, and its versions', async () => {
    const draft = (
      await t.payload.find({
        collection: 'good-practices',
        where: { code: { equals: 'MANAGE-01' } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect((await rest(`good-practices/${draft.id}?draft=true`)).status).toBe(404)
    expect((await rest(`good-practices/versions?where[parent][equals]=${draft.id}`)).status).toBe(403)
  })

  it('returns nothing in French for a practice published only in English (pages fall back to English)', async () => {
    const body = await (await rest('good-practices?locale=fr&limit=100')).json()
    expect(body.totalDocs).toBe(0)
  })

  it('keeps users and translation work from the public', async () => {
    // Translation records say who works on what, published or not: staff only.
    expect((await rest('translations')).status).toBe(403)
    expect((await rest('users')).status).toBe(403)
  })
})

describe('GraphQL', () => {
  it('gives the public the published practices only, even when asking for drafts', async () => {
    for (const locale of ['en', 'fr']) {
      const result = await graphql(`{ GoodPractices(limit: 200, draft: true, locale: ${locale}) { docs { code } } }`)
      const codes = result.data?.GoodPractices?.docs.map((d) => d.code) ?? []
      expect(codes.some((code) => CODES_2026.includes(String(code)))).toBe(false)
    }
    const en = await graphql('{ GoodPractices(limit: 200) { totalDocs docs { code } } }')
    expect(en.data?.GoodPractices?.docs).toHaveLength(28)
    const editions = await graphql('{ Guidelines(draft: true) { docs { slug } } }')
    expect(editions.data?.Guidelines?.docs.map((g) => g.slug)).toEqual([EDITIONS.published])
  })
})
