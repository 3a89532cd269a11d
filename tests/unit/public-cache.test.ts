// The public pages' cache between requests (src/cache/publicCache.ts).
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { forgetPublicContent, forgetPublicContentHooks, publicCacheStats, remember } from '@/cache/publicCache'

const counter = () => {
  let calls = 0
  return { load: async () => ++calls, calls: () => calls }
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') })
  delete process.env.PUBLIC_CACHE_SECONDS
  forgetPublicContent()
  jest.advanceTimersByTime(10_000) // past the pause after a change
})
afterEach(() => {
  jest.useRealTimers()
})

describe('public content cache', () => {
  it('reads once and serves the same value until it expires (60 s by default)', async () => {
    const c = counter()
    expect(await remember('k', c.load)).toBe(1)
    expect(await remember('k', c.load)).toBe(1)
    jest.advanceTimersByTime(59_000)
    expect(await remember('k', c.load)).toBe(1)
    jest.advanceTimersByTime(2_000)
    expect(await remember('k', c.load)).toBe(2)
  })

  it('keeps keys apart', async () => {
    const c = counter()
    expect(await remember('fr', c.load)).toBe(1)
    expect(await remember('de', c.load)).toBe(2)
  })

  it('is emptied by a save (the collection hooks), and caches nothing while the write may still be committing', async () => {
    const c = counter()
    await remember('k', c.load)
    forgetPublicContentHooks.afterChange[0]!({ doc: {} })
    expect(await remember('k', c.load)).toBe(2)
    expect(await remember('k', c.load)).toBe(3) // not cached within 5 s of the change
    jest.advanceTimersByTime(6_000)
    expect(await remember('k', c.load)).toBe(4)
    expect(await remember('k', c.load)).toBe(4)
    forgetPublicContentHooks.afterDelete[0]!({ doc: {} })
    jest.advanceTimersByTime(6_000)
    expect(await remember('k', c.load)).toBe(5)
  })

  it('does not keep a failed read', async () => {
    let fail = true
    const load = async () => {
      if (fail) throw new Error('database unavailable')
      return 'ok'
    }
    await expect(remember('k', load)).rejects.toThrow('database unavailable')
    fail = false
    expect(await remember('k', load)).toBe('ok')
  })

  it('is off with PUBLIC_CACHE_SECONDS=0', async () => {
    process.env.PUBLIC_CACHE_SECONDS = '0'
    const c = counter()
    await remember('k', c.load)
    await remember('k', c.load)
    expect(c.calls()).toBe(2)
    expect(publicCacheStats().entries).toBe(0)
  })

  it('shares one read between concurrent requests', async () => {
    const c = counter()
    const [a, b] = await Promise.all([remember('k', c.load), remember('k', c.load)])
    expect([a, b, c.calls()]).toEqual([1, 1, 1])
  })
})
