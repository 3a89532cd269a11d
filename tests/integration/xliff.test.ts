// XLIFF exchange through the REST endpoints: export → edit → import → read back, and every kind of bad file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seedDatabase } from '../../seed/seed'
import { buildXliff, parseXliff } from '@/xliff/format'
import type { User } from '@/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let translatorFr: User
let call: (method: 'GET' | 'POST', path: string, user: User | null, body?: string) => Promise<Response>

beforeAll(async () => {
  t = await startTestPayload()
  await seedDatabase(t.payload, { languages: [] })
  await makeUser(t.payload, ['admin']) // the first account always becomes admin
  translatorFr = await makeUser(t.payload, ['translator'], ['fr'])
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const handlers = { GET: REST_GET(config), POST: REST_POST(config) }
  call = async (method, path, user, body) => {
    const url = new URL(`http://localhost/api/${path}`)
    const headers: Record<string, string> = { 'content-type': 'application/xliff+xml' }
    if (user)
      headers.authorization = `JWT ${(await t.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery staple' } })).token}`
    return handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
  }
})
afterAll(async () => {
  await t?.cleanup()
})

const frenchG9 = () =>
  t.payload
    .find({
      collection: 'good-practices',
      locale: 'fr',
      fallbackLocale: 'none',
      draft: true,
      where: { slug: { equals: 'encryption' } },
      overrideAccess: true,
    })
    .then((r) => r.docs[0]!)

describe('XLIFF exchange', () => {
  it('exports a language, and imports the translated file: texts written, set to in review', async () => {
    const response = await call('GET', 'translations/xliff?language=fr&ids=good-practices:encryption', translatorFr)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xliff+xml')
    const file = parseXliff(await response.text())
    expect(file.trgLang).toBe('fr')
    expect(file.units.map((u) => u.id)).toContain('good-practices:encryption:title')
    const translated = file.units.map((u) => ({ ...u, target: `FR: ${u.source}` }))
    const imported = await call(
      'POST',
      'translations/xliff',
      translatorFr,
      buildXliff(translated, { srcLang: 'en', trgLang: 'fr' }),
    )
    expect(imported.status).toBe(200)
    expect(await imported.json()).toEqual({ language: 'fr', documents: 1, units: translated.length })
    const doc = await frenchG9()
    expect(doc.title).toBe('FR: Use encryption')
    expect(doc.requirements?.every((r) => r.requirement.startsWith('FR: '))).toBe(true)
    expect(doc.reviewStatus).toBe('in_review')
    const record = await t.payload.find({
      collection: 'translations',
      where: { and: [{ 'document.value': { equals: doc.id } }, { language: { equals: 'fr' } }] },
      overrideAccess: true,
    })
    expect(record.docs[0]?.status).toBe('in_review')
    // Not published: the public still sees no French text.
    expect(
      (
        await t.payload.find({
          collection: 'good-practices',
          locale: 'fr',
          where: { slug: { equals: 'encryption' } },
          overrideAccess: false,
        })
      ).totalDocs,
    ).toBe(0)
  })

  const unit = (id: string, target: string) => ({ id, source: 'x', target })

  it.each([
    ['malformed XML', () => '<xliff version="2.0"', /Not well-formed/],
    [
      'a language not the translator’s',
      () =>
        buildXliff([unit('good-practices:risk-assessment:title', 'Risikobewertung')], { srcLang: 'en', trgLang: 'de' }),
      /may not write the "de"/,
    ],
    [
      'English as target',
      () => buildXliff([unit('good-practices:risk-assessment:title', 'x')], { srcLang: 'en', trgLang: 'en' }),
      /not a language to translate into/,
    ],
    [
      'a wrong source language',
      () => buildXliff([unit('good-practices:risk-assessment:title', 'x')], { srcLang: 'fr', trgLang: 'fr' }),
      /source language must be "en"/,
    ],
    [
      'an unknown id',
      () =>
        buildXliff(
          [
            unit('good-practices:risk-assessment:title', 'Évaluation des risques'),
            unit('good-practices:no-such:title', 'x'),
          ],
          { srcLang: 'en', trgLang: 'fr' },
        ),
      /Unknown unit id "good-practices:no-such:title"/,
    ],
    [
      'a text over the limit',
      () =>
        buildXliff(
          [
            unit('good-practices:risk-assessment:title', 'Évaluation des risques'),
            unit('assets:medical-devices:title', 'x'.repeat(301)),
          ],
          { srcLang: 'en', trgLang: 'fr' },
        ),
      /more than the 300 allowed/,
    ],
  ])('refuses %s with a precise 400, and writes nothing at all', async (_what, file, message) => {
    const response = await call('POST', 'translations/xliff', translatorFr, file())
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(message)
    const risk = await t.payload.find({
      collection: 'good-practices',
      locale: 'fr',
      fallbackLocale: 'none',
      draft: true,
      where: { slug: { equals: 'risk-assessment' } },
      overrideAccess: true,
    })
    expect(risk.docs[0]?.title ?? null).toBeNull()
  })

  it('is for staff only', async () => {
    expect((await call('GET', 'translations/xliff?language=fr', null)).status).toBe(401)
  })
})
