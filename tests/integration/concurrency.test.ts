// Concurrent saves in one server: SQLite takes one writer at a time, and its driver waits for a lock synchronously,
// so two transactions of one process used to freeze the process for the busy timeout and then fail.
import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestPayload, type TestPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.cleanup()
})

it('ten editors saving at the same time all succeed, quickly, and every save is kept', async () => {
  const editors = await Promise.all(Array.from({ length: 10 }, () => makeUser(t.payload, ['editor'])))
  const doc = await t.payload.create({
    collection: 'threats',
    locale: 'en',
    data: {
      slug: 'concurrent',
      title: 'T',
      summary: 'S',
      group: 'human-errors',
      order: 1,
      provenance: { status: 'proposed' },
      _status: 'draft',
    },
    draft: true,
  })
  const others = await Promise.all(
    editors.map((_, i) =>
      t.payload.create({
        collection: 'assets',
        locale: 'en',
        draft: true,
        data: {
          slug: `concurrent-${i}`,
          title: `A${i}`,
          summary: 'S',
          order: i,
          provenance: { status: 'proposed' },
          _status: 'draft',
        },
      }),
    ),
  )
  const started = performance.now()
  const results = await Promise.allSettled(
    editors.map((user, i) =>
      t.payload.update({
        collection: 'assets',
        id: others[i]!.id,
        locale: 'en',
        draft: true,
        data: { title: `Saved by ${i}`, _status: 'draft' },
        user,
        overrideAccess: false,
      }),
    ),
  )
  const elapsed = performance.now() - started
  expect(results.filter((r) => r.status === 'rejected')).toEqual([])
  expect(elapsed).toBeLessThan(4000) // one 5 s busy timeout would already exceed it
  for (const [i, other] of others.entries()) {
    expect(
      (
        await t.payload.findByID({
          collection: 'assets',
          id: other.id,
          locale: 'en',
          draft: true,
          overrideAccess: true,
        })
      ).title,
    ).toBe(`Saved by ${i}`)
  }
  expect(doc.id).toBeTruthy()
})
