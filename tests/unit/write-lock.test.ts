import { describe, expect, it } from '@jest/globals'

import { createWriteLock, WriteLockTimeout } from '@/db/sqliteWriteLock'

describe('the SQLite write lock of one process', () => {
  it('lets one writer in at a time, in the order they came', async () => {
    const lock = createWriteLock()
    const order: string[] = []
    const writer = async (name: string, ms: number) => {
      const release = await lock.acquire(1000)
      order.push(`${name} in`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      order.push(`${name} out`)
      release()
    }
    await Promise.all([writer('a', 20), writer('b', 5), writer('c', 1)])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
    expect(lock.isHeld()).toBe(false)
  })

  it('gives up after the timeout with an error worded like SQLite’s, and leaves the queue clean', async () => {
    const lock = createWriteLock()
    const release = await lock.acquire(1000)
    await expect(lock.acquire(20)).rejects.toBeInstanceOf(WriteLockTimeout)
    await expect(lock.acquire(20)).rejects.toThrow(/SQLITE_BUSY/)
    expect(lock.waiting()).toBe(0)
    release()
    release() // a second release of the same turn does nothing
    const next = await lock.acquire(20)
    next()
    expect(lock.isHeld()).toBe(false)
  })
})
