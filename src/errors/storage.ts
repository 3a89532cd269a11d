// Database and disk failures reach Payload's REST/GraphQL error handler as 500 "Something went wrong". These are
// not bugs but an unavailable store (locked, read-only or full): say so with 503 and a message a person can act on.
// Nothing of the failed write is kept (Payload reports the error before answering, and the document is unchanged).
import type { AfterErrorHook } from 'payload'

export type StorageProblem = { status: 503; message: string }

const BUSY = /SQLITE_BUSY|database is locked/i
const READ_ONLY =
  /SQLITE_READONLY|readonly database|read-only file system|EROFS|unable to open database file|SQLITE_CANTOPEN/i
const FULL = /ENOSPC|no space left|SQLITE_FULL|database or disk is full/i

/** The messages of an error and its causes (drivers wrap the SQLite error several times). */
function messages(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { message?: unknown; code?: unknown; cause?: unknown }
    parts.push(String(e.message ?? ''), String(e.code ?? ''))
    current = e.cause
  }
  return parts.join(' ')
}

export function classifyStorageError(error: unknown): StorageProblem | null {
  const text = messages(error)
  if (BUSY.test(text))
    return {
      status: 503,
      message: 'The database is busy with another write. Nothing was saved; try again in a moment.',
    }
  if (FULL.test(text))
    return {
      status: 503,
      message: 'The server has no storage space left. Nothing was saved; tell the site administrator.',
    }
  if (READ_ONLY.test(text))
    return {
      status: 503,
      message:
        'The database cannot be written at the moment (read-only or unavailable). Nothing was saved; tell the site administrator.',
    }
  return null
}

/** Root afterError hook: answers storage failures with 503 and a clear message instead of a bare 500. */
export const storageErrorResponse: AfterErrorHook = ({ error, req }) => {
  const problem = classifyStorageError(error)
  if (!problem) return
  req.payload.logger.error({ err: error, msg: `Storage failure: ${problem.message}` })
  return { status: problem.status, response: { errors: [{ message: problem.message }] } }
}
