// Safe defaults until the review workflow lands: the public reads published content only; staff write;
// translators write only their own languages; only admins manage users. Each rule is attacked as the wrong party.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '@/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let admin: User
let editor: User
let translator: User
let noRole: User
let assetId: string

beforeAll(async () => {
  t = await startTestPayload()
  admin = await makeUser(t.payload, ['admin'])
  editor = await makeUser(t.payload, ['editor'])
  translator = await makeUser(t.payload, ['translator'], ['fr', 'de'])
  noRole = await makeUser(t.payload, [])
  const asset = await t.payload.create({
    collection: 'assets',
    locale: 'en',
    data: {
      slug: 'access-asset',
      title: 'Medical devices',
      summary: 'S',
      order: 1,
      provenance: { status: 'proposed' },
      _status: 'published',
    },
  })
  assetId = asset.id
})
afterAll(async () => {
  await t?.cleanup()
})

const forbidden = expect.objectContaining({ status: 403 })

describe('users', () => {
  it('only admins create users', async () => {
    for (const user of [editor, translator, noRole]) {
      await expect(
        t.payload.create({
          collection: 'users',
          data: { email: `x-${user.id}@example.test`, password: 'a passphrase of four words' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toEqual(forbidden)
    }
    const made = await t.payload.create({
      collection: 'users',
      data: { email: 'made-by-admin@example.test', password: 'a passphrase of four words', roles: ['reviewer'] },
      user: admin,
      overrideAccess: false,
    })
    expect(made.roles).toEqual(['reviewer'])
  })

  it('nobody but an admin changes roles or languages, not even their own', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: translator.id,
      data: { roles: ['admin'], languages: ['en', 'fr', 'de'], name: 'Tina' },
      user: translator,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['translator'])
    expect(updated.languages).toEqual(['fr', 'de'])
    expect(updated.name).toBe('Tina')
  })

  it('staff see only themselves; admins see everyone; the public sees nobody', async () => {
    const asEditor = await t.payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(asEditor.docs.map((u) => u.id)).toEqual([editor.id])
    const asAdmin = await t.payload.find({ collection: 'users', user: admin, overrideAccess: false })
    expect(asAdmin.totalDocs).toBeGreaterThanOrEqual(4)
    await expect(t.payload.find({ collection: 'users', overrideAccess: false })).rejects.toEqual(forbidden)
  })

  it('only admins delete users', async () => {
    await expect(
      t.payload.delete({ collection: 'users', id: noRole.id, user: editor, overrideAccess: false }),
    ).rejects.toEqual(forbidden)
  })
})

describe('content writes', () => {
  it('anonymous visitors and users without a role cannot create, update or delete', async () => {
    for (const user of [undefined, noRole]) {
      await expect(
        t.payload.create({
          collection: 'threats',
          data: {
            slug: 'x',
            title: 'x',
            summary: 'x',
            group: 'human-errors',
            order: 1,
            provenance: { status: 'proposed' },
          },
          user,
          overrideAccess: false,
        }),
      ).rejects.toEqual(forbidden)
      await expect(
        t.payload.update({
          collection: 'assets',
          id: assetId,
          locale: 'en',
          data: { title: 'Hacked' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toEqual(forbidden)
      await expect(
        t.payload.delete({ collection: 'assets', id: assetId, user, overrideAccess: false }),
      ).rejects.toEqual(forbidden)
    }
  })

  it('editors write content in any language', async () => {
    const doc = await t.payload.update({
      collection: 'assets',
      id: assetId,
      locale: 'sv',
      data: { title: 'Medicintekniska produkter', summary: 'S' },
      user: editor,
      overrideAccess: false,
    })
    expect(doc.title).toBe('Medicintekniska produkter')
  })

  it('a translator writes their own languages, and gets a 403 for English or any other language', async () => {
    const french = await t.payload.update({
      collection: 'assets',
      id: assetId,
      locale: 'fr',
      draft: true,
      data: { title: 'Dispositifs médicaux', _status: 'draft' },
      user: translator,
      overrideAccess: false,
    })
    expect(french.title).toBe('Dispositifs médicaux')
    for (const locale of ['en', 'it'] as const) {
      await expect(
        t.payload.update({
          collection: 'assets',
          id: assetId,
          locale,
          draft: true,
          data: { title: 'Nope' },
          user: translator,
          overrideAccess: false,
        }),
      ).rejects.toEqual(forbidden)
    }
    const english = await t.payload.findByID({ collection: 'assets', id: assetId, locale: 'en', overrideAccess: true })
    expect(english.title).toBe('Medical devices')
  })

  it('translators cannot create content, translation records or delete anything', async () => {
    await expect(
      t.payload.create({
        collection: 'assets',
        locale: 'fr',
        data: { slug: 'y', title: 'y', summary: 'y', order: 2, provenance: { status: 'proposed' } },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toEqual(forbidden)
    await expect(
      t.payload.create({
        collection: 'translations',
        data: { document: { relationTo: 'assets', value: assetId }, language: 'fr', status: 'approved' },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toEqual(forbidden)
    await expect(
      t.payload.delete({ collection: 'assets', id: assetId, user: translator, overrideAccess: false }),
    ).rejects.toEqual(forbidden)
  })

  it('the public learns which texts are machine translations from the published text, and nothing of the translation work', async () => {
    // Translation records (who works on what, for documents published or not) are staff-only.
    await expect(
      t.payload.find({ collection: 'translations', overrideAccess: false, pagination: false }),
    ).rejects.toEqual(forbidden)
    const asStaff = await t.payload.find({
      collection: 'translations',
      user: editor,
      overrideAccess: false,
      pagination: false,
    })
    expect(asStaff.docs.length).toBeGreaterThanOrEqual(23)
    // The machine-translation mark travels with the published version of the text.
    const asset = await t.payload.findByID({ collection: 'assets', id: assetId, locale: 'en', overrideAccess: false })
    expect(asset.machineTranslation).toBe(false)
    expect(asset).not.toHaveProperty('reviewStatus')
    expect(asset).not.toHaveProperty('lastEditedBy')
  })
})

describe('reading drafts', () => {
  it('the public never sees a document that was never published; staff do', async () => {
    const draft = await t.payload.create({
      collection: 'assets',
      locale: 'en',
      draft: true,
      data: { slug: 'secret-draft', title: 'Unreviewed draft', summary: 'S', order: 3, _status: 'draft' },
    })
    for (const locale of ['en', 'fr', 'de'] as const) {
      const { docs } = await t.payload.find({ collection: 'assets', locale, overrideAccess: false, pagination: false })
      expect(docs.map((d) => d.id)).not.toContain(draft.id)
      const drafts = await t.payload.find({
        collection: 'assets',
        locale,
        draft: true,
        overrideAccess: false,
        pagination: false,
      })
      expect(drafts.docs.map((d) => d.id)).not.toContain(draft.id)
    }
    await expect(
      t.payload.findByID({ collection: 'assets', id: draft.id, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      t.payload.findVersions({ collection: 'assets', overrideAccess: false, where: { parent: { equals: draft.id } } }),
    ).rejects.toEqual(forbidden)
    const staff = await t.payload.find({
      collection: 'assets',
      draft: true,
      user: translator,
      overrideAccess: false,
      pagination: false,
    })
    expect(staff.docs.map((d) => d.id)).toContain(draft.id)
  })
})

describe('pending changes of a published document', () => {
  it('stay hidden from the public, even when the public asks for drafts', async () => {
    const doc = await t.payload.create({
      collection: 'assets',
      locale: 'en',
      data: {
        slug: 'pending-change',
        title: 'Published title',
        summary: 'S',
        order: 4,
        provenance: { status: 'proposed' },
        _status: 'published',
      },
    })
    await t.payload.update({
      collection: 'assets',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { title: 'Unreviewed change', _status: 'draft' },
    })
    const asked = await t.payload.find({
      collection: 'assets',
      locale: 'en',
      draft: true,
      overrideAccess: false,
      pagination: false,
    })
    const titles = asked.docs.map((d) => d.title)
    expect(titles).toContain('Published title')
    expect(titles).not.toContain('Unreviewed change')
    const byId = await t.payload.findByID({
      collection: 'assets',
      id: doc.id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
    })
    expect(byId.title).toBe('Published title')
    const asStaff = await t.payload.findByID({
      collection: 'assets',
      id: doc.id,
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(asStaff.title).toBe('Unreviewed change')
  })
})

describe('uniqueness', () => {
  it('refuses a second translation record for the same document and language', async () => {
    // The record for Polish was made with the document; a second one is refused.
    const data = {
      document: { relationTo: 'assets' as const, value: assetId },
      language: 'pl' as const,
      status: 'missing' as const,
    }
    await expect(t.payload.create({ collection: 'translations', data, overrideAccess: true })).rejects.toThrow(
      /already exists/,
    )
    // Nobody makes records through the API: the workflow does.
    await expect(
      t.payload.create({
        collection: 'translations',
        data: { ...data, language: 'hu' as const },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toEqual(forbidden)
  })
})
