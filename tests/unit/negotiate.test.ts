import { describe, expect, it } from '@jest/globals'

import { negotiateLocale } from '@/translations/negotiate'

describe('negotiateLocale (Accept-Language → one of the 24)', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de-AT,de;q=0.9,en;q=0.5', 'de'],
    ['ja,fr;q=0.8', 'fr'],
    ['en;q=0.2, et;q=0.9', 'et'],
    ['ga-IE', 'ga'],
    ['pt-BR;q=0, es', 'es'],
    ['zh-CN,ja', 'en'],
    ['*', 'en'],
    ['de;q=abc, fi', 'fi'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
