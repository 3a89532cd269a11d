// Accounts: lockout after repeated failures, no way to tell which e-mail addresses have accounts (by the answer or by
// its time), a password rule, and a password reset that works. Through the REST door, as a browser would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '@/payload-types'
import { rest, signIn } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
let admin: User
let editor: User
beforeAll(async () => {
  t = await startTestPayload()
  admin = await makeUser(t.payload, ['admin'])
  editor = await makeUser(t.payload, ['editor'])
})
afterAll(async () => {
  await t?.cleanup()
})

const login = (email: string, password: string) => rest('POST', 'users/login', { body: { email, password } })
const answerOf = async (attempt: ReturnType<typeof login>) => {
  const { status, body } = await attempt
  return `${status} ${body?.errors?.[0]?.message ?? ''}`
}

/** Median time of `n` runs of `attempt`, in ms. */
async function medianMs(n: number, attempt: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    await attempt()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!
}

describe('sign-in', () => {
  it('answers a wrong password, an unknown address and a locked account alike', async () => {
    const locked = await makeUser(t.payload, ['translator'], ['fr'])
    for (let i = 0; i < 5; i++) await login(locked.email, `wrong password ${i}`)
    const wrongPassword = await answerOf(login(editor.email, 'not the password'))
    expect(wrongPassword).toMatch(/^401 /)
    expect(await answerOf(login('nobody@example.test', 'not the password'))).toBe(wrongPassword)
    expect(await answerOf(login(locked.email, 'not the password'))).toBe(wrongPassword)
    // Locked even against the right password, and it does not say so.
    expect(await answerOf(login(locked.email, 'correct horse battery staple'))).toBe(wrongPassword)
  })

  it('takes as long for an unknown address or a locked account as for a wrong password', async () => {
    const locked = await makeUser(t.payload, ['translator'], ['de'])
    for (let i = 0; i < 5; i++) await login(locked.email, `wrong password ${i}`)
    const known = await makeUser(t.payload, ['editor'])
    // A wrong password costs a full password hash (~150 ms here); each case is measured the same way.
    const wrong = await medianMs(5, () => login(known.email, 'not the password'))
    const unknown = await medianMs(5, () => login('nobody-at-all@example.test', 'not the password'))
    const lockedTime = await medianMs(5, () => login(locked.email, 'not the password'))
    console.log(
      `Sign-in medians of 5 (ms): wrong password ${wrong.toFixed(0)}, unknown address ${unknown.toFixed(0)}, locked account ${lockedTime.toFixed(0)}`,
    )
    expect(wrong).toBeGreaterThan(50)
    expect(unknown).toBeGreaterThan(wrong * 0.6)
    expect(lockedTime).toBeGreaterThan(wrong * 0.6)
  })
})

describe('password reset', () => {
  it('answers at once and alike for an address with or without an account, and leaves the database writable', async () => {
    const started = performance.now()
    const known = await rest('POST', 'users/forgot-password', { body: { email: editor.email } })
    const unknown = await rest('POST', 'users/forgot-password', { body: { email: 'nobody@example.test' } })
    expect(performance.now() - started).toBeLessThan(3000) // it waited the 5 s busy timeout and failed with 503
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    // The reset mail is queued (after the answer), then sent by the notifications queue.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const { docs } = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendMail' } },
      overrideAccess: true,
    })
    expect(docs.map((job) => (job.input as { message: { to: string } }).message.to)).toEqual([editor.email])
    // A write right after works (the reset held the write lock for 5 s).
    const token = await signIn(admin.email)
    expect((await rest('PATCH', `users/${editor.id}`, { token, body: { name: 'Still writable' } })).status).toBe(200)
  })
})

describe('password rule', () => {
  it('refuses short, repetitive and email-based passwords wherever a password is set, with a reason', async () => {
    const token = await signIn(admin.email)
    for (const password of ['abc', 'aaaaaaaaaaaaaaaa', `${editor.email}123`, 'password1234']) {
      const { status, body } = await rest('PATCH', `users/${editor.id}`, { token, body: { password } })
      expect(status).toBe(400)
      expect(body.errors[0].data?.errors?.[0]?.path ?? body.errors[0].message).toBeTruthy()
    }
    const created = await rest('POST', 'users', {
      token,
      body: { email: 'short@example.test', password: 'short', roles: ['editor'] },
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toMatch(/at least 12 characters/)
    expect(
      (await rest('PATCH', `users/${editor.id}`, { token, body: { password: 'a passphrase of four words' } })).status,
    ).toBe(200)
  })
})

describe('unlocking', () => {
  it('is for administrators only', async () => {
    const translator = await makeUser(t.payload, ['translator'], ['fr'])
    const tokenOfTranslator = await signIn(translator.email)
    expect(
      (await rest('POST', 'users/unlock', { token: tokenOfTranslator, body: { email: editor.email } })).status,
    ).toBe(403)
    expect(
      (await rest('POST', 'users/unlock', { token: await signIn(admin.email), body: { email: editor.email } })).status,
    ).toBe(200)
  })
})
