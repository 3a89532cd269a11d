// One writer at a time within this process, waited for without blocking: the SQLite driver (libsql) waits for a
// locked database synchronously, so two transactions of the same server would freeze the event loop (and with it the
// transaction holding the lock) for the whole busy timeout, then fail. Writers queue here instead.

export class WriteLockTimeout extends Error {
  constructor(waitedMs: number) {
    // Worded as SQLite's own error so that it is answered like one (503, see src/errors/storage.ts).
    super(`SQLITE_BUSY: database is locked (waited ${waitedMs} ms for another write of this server)`)
    this.name = 'WriteLockTimeout'
  }
}

export type Release = () => void

export function createWriteLock() {
  let held = false
  const waiting: Array<() => void> = []
  const release: Release = () => {
    const next = waiting.shift()
    if (next) next()
    else held = false
  }
  /** Resolves with the function that releases the lock (call it once); rejects after `timeoutMs` of waiting. */
  const acquire = (timeoutMs: number): Promise<Release> => {
    if (!held) {
      held = true
      return Promise.resolve(once(release))
    }
    return new Promise<Release>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(once(release))
      }
      const timer = setTimeout(() => {
        const index = waiting.indexOf(grant)
        if (index >= 0) waiting.splice(index, 1)
        reject(new WriteLockTimeout(timeoutMs))
      }, timeoutMs)
      waiting.push(grant)
    })
  }
  return { acquire, isHeld: () => held, waiting: () => waiting.length }
}

function once(release: Release): Release {
  let done = false
  return () => {
    if (done) return
    done = true
    release()
  }
}
