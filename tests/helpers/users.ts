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
