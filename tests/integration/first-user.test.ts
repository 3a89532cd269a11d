// The first account ever created becomes an admin; after that, nobody signs up through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createLocalReq, registerFirstUserOperation } from 'payload'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.cleanup()
})

const registerFirstUser = async (email: string, roles: Array<'admin' | 'translator'>) =>
  registerFirstUserOperation({
    collection: t.payload.collections.users,
    data: { email, password: 'a long passphrase here', roles } as never,
    req: await createLocalReq({}, t.payload),
  })

describe("the first user (the admin's first-user screen)", () => {
  it('becomes an admin whatever roles were asked for', async () => {
    const { user } = await registerFirstUser('first@example.test', ['translator'])
    expect(user?.roles).toEqual(['admin'])
  })

  it('can be registered only once', async () => {
    await expect(registerFirstUser('second@example.test', ['admin'])).rejects.toMatchObject({ status: 403 })
  })

  it('anonymous sign-ups through the API are refused', async () => {
    await expect(
      t.payload.create({
        collection: 'users',
        data: { email: 'third@example.test', password: 'another long passphrase', roles: ['admin'] },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
