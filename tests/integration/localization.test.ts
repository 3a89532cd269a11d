// Content in several languages, and publishing per language (localizeStatus), through the Local API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.cleanup()
})

const newThreat = (slug: string, title: string) =>
  t.payload.create({
    collection: 'threats',
    locale: 'en',
    data: {
      slug,
      title,
      summary: `${title}: summary`,
      group: 'malicious-actions',
      order: 1,
      provenance: { status: 'proposed' },
      _status: 'published',
    },
  })

const anonymousTitles = async (locale: 'en' | 'fr' | 'de') => {
  const { docs } = await t.payload.find({ collection: 'threats', locale, overrideAccess: false, pagination: false })
  return docs.map((doc) => doc.title).sort()
}

describe('content in several languages', () => {
  it('stores and reads each language separately, with English as the fallback', async () => {
    const threat = await newThreat('ransomware-l10n', 'Ransomware')
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'de',
      data: { title: 'Erpressungssoftware', summary: 'Zusammenfassung', _status: 'published' },
    })
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'el',
      data: { title: 'Λυτρισμικό', summary: 'Περίληψη', _status: 'published' },
    })
    const read = (locale: 'en' | 'de' | 'el' | 'fi') =>
      t.payload.findByID({ collection: 'threats', id: threat.id, locale, overrideAccess: false })
    expect((await read('en')).title).toBe('Ransomware')
    expect((await read('de')).title).toBe('Erpressungssoftware')
    expect((await read('el')).title).toBe('Λυτρισμικό')
    // Finnish has no text: the stored document falls back to English when read directly by id.
    const all = await t.payload.findByID({ collection: 'threats', id: threat.id, locale: 'all', overrideAccess: true })
    expect(all.title).toMatchObject({ en: 'Ransomware', de: 'Erpressungssoftware', el: 'Λυτρισμικό' })
    // The slug is language-independent: the same in every language.
    expect((await read('de')).slug).toBe('ransomware-l10n')
  })

  it('updates one language without touching the others', async () => {
    const threat = await newThreat('phishing-l10n', 'Phishing')
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'fr',
      data: { title: 'Hameçonnage', summary: 'Résumé', _status: 'published' },
    })
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'fr',
      data: { title: 'Hameçonnage ciblé', _status: 'published' },
    })
    const all = await t.payload.findByID({ collection: 'threats', id: threat.id, locale: 'all', overrideAccess: true })
    expect(all.title).toMatchObject({ en: 'Phishing', fr: 'Hameçonnage ciblé' })
  })
})

describe('publishing per language', () => {
  it('publishing French never publishes a pending English draft', async () => {
    const threat = await newThreat('isolation-case', 'Published English')
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'en',
      draft: true,
      data: { title: 'Pending English draft', _status: 'draft' },
    })
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'fr',
      data: { title: 'Français publié', summary: 'Résumé', _status: 'published' },
    })
    expect(await anonymousTitles('en')).toContain('Published English')
    expect(await anonymousTitles('en')).not.toContain('Pending English draft')
    expect(await anonymousTitles('fr')).toContain('Français publié')
    const status = await t.payload.findByID({
      collection: 'threats',
      id: threat.id,
      locale: 'all',
      overrideAccess: true,
    })
    expect(status._status).toMatchObject({ en: 'published', fr: 'published' })
    // The English draft is still there for editors.
    const draft = await t.payload.findByID({
      collection: 'threats',
      id: threat.id,
      locale: 'en',
      draft: true,
      overrideAccess: true,
    })
    expect(draft.title).toBe('Pending English draft')
  })

  it('a French draft stays invisible to the public while English stays published', async () => {
    const threat = await newThreat('fr-draft-case', 'English only')
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Brouillon français', _status: 'draft' },
    })
    expect(await anonymousTitles('en')).toContain('English only')
    const french = await anonymousTitles('fr')
    expect(french).not.toContain('Brouillon français')
    // Not published in French: the public API does not list it for `fr` (pages show the English text instead).
    expect(french).not.toContain('English only')
  })

  it('unpublishing one language leaves the others published', async () => {
    const threat = await newThreat('unpublish-case', 'Stays in English')
    await t.payload.update({
      collection: 'threats',
      id: threat.id,
      locale: 'de',
      data: { title: 'Wird zurückgezogen', summary: 'Z', _status: 'published' },
    })
    expect(await anonymousTitles('de')).toContain('Wird zurückgezogen')
    await t.payload.update({ collection: 'threats', id: threat.id, locale: 'de', data: { _status: 'draft' } })
    expect(await anonymousTitles('de')).not.toContain('Wird zurückgezogen')
    expect(await anonymousTitles('en')).toContain('Stays in English')
  })

  it('keeps at least 50 versions per document', async () => {
    const threat = await newThreat('versions-case', 'Version 0')
    for (let i = 1; i <= 55; i++) {
      await t.payload.update({
        collection: 'threats',
        id: threat.id,
        locale: 'en',
        draft: true,
        data: { title: `Version ${i}`, _status: 'draft' },
      })
    }
    const versions = await t.payload.findVersions({
      collection: 'threats',
      where: { parent: { equals: threat.id } },
      limit: 200,
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(50)
  })
})
