import { describe, expect, it } from '@jest/globals'

import { buildXliff, parseXliff, XliffError } from '@/xliff/format'

const units = [
  { id: 'good-practices:encryption:title', source: 'Use encryption', target: 'Utiliser le chiffrement' },
  {
    id: 'good-practices:encryption:requirements:r1:requirement',
    source: 'TLS 1.2 or newer & <no> "legacy"',
    target: null,
  },
]

describe('XLIFF 2.0', () => {
  it('round-trips units, escaping XML characters', () => {
    const xml = buildXliff(units, { srcLang: 'en', trgLang: 'fr' })
    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"')
    expect(xml).toContain('&amp; &lt;no&gt;')
    const parsed = parseXliff(xml)
    expect(parsed).toEqual({ srcLang: 'en', trgLang: 'fr', units: [units[0], { ...units[1], target: null }] })
  })

  it.each([
    ['not XML at all', 'hello', /Not well-formed XML/],
    ['broken XML', '<xliff version="2.0"><file>', /Not well-formed XML/],
    ['another root', '<?xml version="1.0"?><tmx version="1.4"/>', /root element must be <xliff>/],
    [
      'XLIFF 1.2',
      '<xliff version="1.2" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>',
      /Only XLIFF 2.x/,
    ],
    [
      'no languages',
      '<xliff version="2.0"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>',
      /srcLang and trgLang/,
    ],
    [
      'a duplicate unit',
      '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source></segment></unit><unit id="u"><segment><source>b</source></segment></unit></file></xliff>',
      /appears twice/,
    ],
    ['no units', '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"></file></xliff>', /no <unit>/],
    [
      'inline markup',
      '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source><target>b<ph id="1"/></target></segment></unit></file></xliff>',
      /Inline markup/,
    ],
  ])('refuses %s with a precise message', (_what, xml, message) => {
    expect(() => parseXliff(xml)).toThrow(XliffError)
    expect(() => parseXliff(xml)).toThrow(message)
  })
})
