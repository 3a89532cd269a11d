// Accounts: lockout after repeated failures, and no way to tell which e-mail addresses have accounts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../src/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let editor: User
beforeAll(async () => {
  t = await startTestPayload()
  await makeUser(t.payload, ['admin'])
  editor = await makeUser(t.payload, ['editor'])
})
afterAll(async () => {
  await t?.cleanup()
})

const login = (email: string, password: string) => t.payload.login({ collection: 'users', data: { email, password } })
const failure = async (attempt: Promise<unknown>) => {
  try {
    await attempt
    return 'succeeded'
  } catch (error) {
    return `${(error as { status?: number }).status} ${(error as Error).message}`
  }
}

describe('login', () => {
  it('answers a wrong password and an unknown e-mail address alike (no user enumeration)', async () => {
    const wrongPassword = await failure(login(editor.email, 'not the password'))
    const unknownUser = await failure(login('nobody@example.test', 'not the password'))
    expect(wrongPassword).toBe(unknownUser)
    expect(wrongPassword).toMatch(/^401 /)
    // forgot-password gives no hint either
    await expect(t.payload.forgotPassword({ collection: 'users', data: { email: 'nobody@example.test' }, disableEmail: true })).resolves.toBeDefined()
  })

  it('locks an account after five failures, even against the right password', async () => {
    const user = await makeUser(t.payload, ['translator'], ['fr'])
    for (let i = 0; i < 5; i++) await failure(login(user.email, `wrong ${i}`))
    expect(await failure(login(user.email, 'correct horse battery staple'))).toMatch(/locked/i)
  })
})
