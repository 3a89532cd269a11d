import type { Payload } from 'payload'

import type { User } from '@/payload-types'

let counter = 0

/** Makes a user with the given roles (as an admin would), returned as the `user` to pass to Local API calls. */
export async function makeUser(
  payload: Payload,
  roles: NonNullable<User['roles']>,
  languages: NonNullable<User['languages']> = [],
): Promise<User> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-') || 'norole'}-${counter}@example.test`,
      password: 'correct horse battery staple',
      roles,
      languages,
    },
    overrideAccess: true,
  })
  // Local API calls expect the auth collection on the user, as Payload sets it on req.user.
  return { ...user, collection: 'users' } as User
}

// Accounts on the served application (the browser tests' server), made through its REST API.

/**
 * The served application's administrator. The first-user screen test makes it by hand; any other test that needs an
 * administrator calls serverAdminToken, which makes it (through the same first-user door) when the server has no
 * account yet. So no test depends on another having run.
 */
export const SERVER_ADMIN = { email: 'first-admin@example.test', password: 'a long enough passphrase' } as const

/** The password of every account makeServerUser makes. */
export const SERVER_PASSWORD = 'a long enough passphrase'

async function serverRequest(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  init: { token?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = {}
  if (init.token) headers.authorization = `JWT ${init.token}`
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body, text }
}

/** Whether the served application has any account (Payload's `init`). */
export async function serverHasAccounts(baseUrl: string): Promise<boolean> {
  const { status, body } = await serverRequest(baseUrl, 'GET', 'users/init')
  if (status !== 200) throw new Error(`GET /api/users/init answered ${status}`)
  return body.initialized === true
}

/** Signs SERVER_ADMIN in (REST) and returns its token; first makes it, as the first account, on a server without any. */
export async function serverAdminToken(baseUrl: string): Promise<string> {
  if (!(await serverHasAccounts(baseUrl))) {
    const registered = await serverRequest(baseUrl, 'POST', 'users/first-register', { body: { ...SERVER_ADMIN } })
    if (registered.status !== 200)
      throw new Error(`first-register of ${SERVER_ADMIN.email} failed: ${registered.status} ${registered.text}`)
  }
  const { status, body, text } = await serverRequest(baseUrl, 'POST', 'users/login', { body: { ...SERVER_ADMIN } })
  if (status !== 200)
    throw new Error(
      `sign-in of ${SERVER_ADMIN.email} failed (${status} ${text}): the server's first account was made with other credentials than SERVER_ADMIN`,
    )
  if (!body.user?.roles?.includes('admin'))
    throw new Error(`${SERVER_ADMIN.email} is not an administrator: ${JSON.stringify(body.user?.roles)}`)
  return body.token as string
}

/** Makes an account with `role` on the served application, as its administrator would, with a new address each time. */
export async function makeServerUser(
  baseUrl: string,
  role: NonNullable<User['roles']>[number],
  languages: NonNullable<User['languages']> = [],
): Promise<{ email: string; password: string }> {
  counter += 1
  const email = `${role}-${Date.now().toString(36)}-${counter}@example.test`
  const { status, text } = await serverRequest(baseUrl, 'POST', 'users', {
    token: await serverAdminToken(baseUrl),
    body: { email, password: SERVER_PASSWORD, roles: [role], languages },
  })
  if (status !== 201) throw new Error(`creating the ${role} ${email} failed: ${status} ${text}`)
  return { email, password: SERVER_PASSWORD }
}
