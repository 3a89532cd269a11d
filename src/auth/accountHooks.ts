// Hooks of the accounts collection: sign-in tells nothing about who has an account, the password reset works on
// SQLite, and the first account ever made administers the site.
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  LockedAuth,
  ValidationError,
  type AfterErrorHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { passwordProblem } from './passwordPolicy'

/** Payload 3.90's password hash (pbkdf2-sha256-v1): what a real check of a wrong password costs. */
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const derive = promisify(pbkdf2)

const isLocked = (lockUntil: unknown) => typeof lockUntil === 'string' && new Date(lockUntil).getTime() > Date.now()

/**
 * Sign-in with an unknown address or a locked account fails at once, a wrong password only after the password has
 * been hashed (about 150 ms): the time alone told which addresses have an account. Those cases now hash too. (The
 * answers are the same; the root afterError hook words a locked account's like any other failure.)
 */
export const equalizeSignInTime: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const { data } = args as { data?: { email?: unknown; password?: unknown } }
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const user = email
    ? await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({
        collection: collection.slug,
        where: { email: { equals: email } },
      })
    : null
  if (!user || isLocked(user.lockUntil)) {
    await derive(
      String(data?.password ?? ''),
      (await promisify(randomBytes)(32)).toString('hex'),
      HASH.iterations,
      HASH.keyLength,
      HASH.digest,
    )
  }
  return args
}

/** Every way of setting a password (first account, new account, own change, reset) meets the password rule. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const { data, id } = args as { data?: { password?: unknown; email?: unknown }; id?: string | number }
  if (data?.password === undefined || data.password === null || data.password === '') return args
  let email = typeof data.email === 'string' ? data.email : undefined
  if (!email && id !== undefined)
    email = (
      await req.payload.db.findOne<{ id: string; email?: string }>({
        collection: collection.slug,
        where: { id: { equals: id } },
      })
    )?.email
  const problem = passwordProblem(data.password, email)
  if (problem)
    throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'password' }] })
  return args
}

/**
 * Payload's password reset reserves the request (a write on its own connection) while its own transaction holds the
 * SQLite write lock: the reservation waited the whole busy timeout and every reset failed with 503. On SQLite the
 * reset runs without the outer transaction; each of its writes is a single statement or has its own.
 */
export const resetWithoutOuterTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payload.db.name !== 'sqlite' || !req.transactionID) return args
  const id = await req.transactionID
  delete req.transactionID
  await req.payload.db.commitTransaction(id as string) // nothing written in it yet
  return args
}

/**
 * A locked account answers like a wrong password or an unknown address ("This user is locked" told that the address
 * has an account). An administrator unlocks it, or it unlocks itself after the lock time.
 */
export const uniformSignInFailure: AfterErrorHook = ({ error, req, graphqlResult }) => {
  const locked = error instanceof LockedAuth || (error as { message?: string })?.message === req.t('error:userLocked')
  if (!locked) return
  const message = req.t('error:emailOrPasswordIncorrect')
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  return { status: 401, response: { errors: [{ message }] } }
}

/** The first account ever created (through the admin's first-user screen) becomes an admin. */
export const firstUserBecomesAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
