// Accounts: lockout after repeated failures, no way to tell which e-mail addresses have accounts (by the answer or by
// its time), a password rule, and a password reset that works. Through the REST door, as a browser would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '@/payload-types'
import { rest, signIn } from '../helpers/http'
import { deliverQueuedMails, queuedMails, waitForQueuedMails, type QueuedMail } from '../helpers/mail'
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
  it('answers at once and alike for an address with or without an account; only the account gets a token and a mail', async () => {
    // A fresh account, so that any reset token or mail found below comes from this request.
    const account = await makeUser(t.payload, ['editor'])
    const nobody = 'no-account-here@example.test'
    const resetState = async (id: string) => {
      const user = await t.payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true })
      return { token: user.resetPasswordToken ?? null, expiration: user.resetPasswordExpiration ?? null }
    }
    expect(await resetState(account.id)).toEqual({ token: null, expiration: null })
    const mailsBefore = (await queuedMails(t.payload)).map((mail) => mail.jobId)
    const newMails = (mails: QueuedMail[]) => mails.filter((mail) => !mailsBefore.includes(mail.jobId))

    const started = performance.now()
    // The unknown address first: had it queued a mail, that mail would be queued before the known address's one.
    const unknown = await rest('POST', 'users/forgot-password', { body: { email: nobody } })
    const known = await rest('POST', 'users/forgot-password', { body: { email: account.email } })
    expect(performance.now() - started).toBeLessThan(3000) // it waited the 5 s busy timeout and failed with 503

    // What the asker sees: the same status, headers and body, byte for byte; Payload's generic word, naming neither
    // the address nor whether it has an account.
    expect(known.status).toBe(200)
    expect(known.body).toEqual({ message: 'Success' })
    expect(unknown).toEqual(known)

    // What the database holds: a reset token, valid for a while, on the account...
    const reset = await resetState(account.id)
    expect(reset.token).toMatch(/^[0-9a-f]{20,}$/)
    expect(new Date(reset.expiration!).getTime()).toBeGreaterThan(Date.now())
    // ...and nothing made for the unknown address.
    expect(
      (await t.payload.count({ collection: 'users', where: { email: { equals: nobody } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)

    // What is mailed: one mail, queued after the answer, to the account, with the link holding that token; then a
    // moment more for any other mail to be queued.
    await waitForQueuedMails(t.payload, (mails) => newMails(mails).some((mail) => mail.to === account.email))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const queued = newMails(await queuedMails(t.payload))
    expect(queued.map((mail) => mail.to)).toEqual([account.email])
    expect(`${queued[0]!.html} ${queued[0]!.text}`).toContain(`/admin/reset/${reset.token}`)
    // The notifications queue sends it, and nothing to the unknown address.
    expect(await deliverQueuedMails(t.payload)).toEqual([{ to: account.email, subject: queued[0]!.subject }])

    // The token works: it sets a new password, once.
    const newPassword = 'a fresh passphrase after the reset'
    expect(
      (await rest('POST', 'users/reset-password', { body: { token: reset.token, password: newPassword } })).status,
    ).toBe(200)
    expect((await rest('POST', 'users/login', { body: { email: account.email, password: newPassword } })).status).toBe(
      200,
    )
    expect(
      (
        await rest('POST', 'users/reset-password', {
          body: { token: reset.token, password: 'yet another passphrase here' },
        })
      ).status,
    ).toBe(403)

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
