// The tender document as Word reads it: stage headings with Word's styles and numbering, repeating table headers, a
// language on every run, page numbers, clause numbers, weights summing to 100, and "or equivalent" after every cited
// standard in each of the 24 languages.
import { describe, expect, it } from '@jest/globals'
import JSZip from 'jszip'

import { tenderToDocx } from '@/exports/tenderDocx'
import type { ExportContext } from '@/exports/types'
import { tenderSections, type TenderPractice } from '@/tender/clauses'
import { readTenderOptions } from '@/tender/options'
import { STAGES } from '@/tender/stages'
import { glossaries } from '@/translations/glossary'
import { LOCALES, type Locale } from '@/translations/locales'
import { dictionaries } from '@/translations/ui'

const practices: TenderPractice[] = [
  {
    slug: 'secure-development',
    code: 'S1',
    title: 'Secure development',
    url: 'https://procuresec.example/en/good-practices/secure-development',
    textLocale: 'en',
    requirements: [
      {
        id: 'r1',
        requirement: 'The manufacturer follows a secure development lifecycle.',
        evidence: 'Process description; certificate.',
        placement: 'selection',
        strength: 'mandatory',
        weight: null,
        standards: ['IEC 81001-5-1:2021'],
        english: { requirement: 'EN r1', evidence: 'EN e1' },
      },
      {
        id: 'r2',
        requirement: 'The product supports role-based access.',
        evidence: 'Test report.',
        placement: 'specification',
        strength: 'mandatory',
        weight: null,
        standards: ['IEC 62443 series', 'ISO/IEC 27001:2022'],
      },
      {
        id: 'r3',
        requirement: 'A longer security-update period scores higher.',
        evidence: 'Support commitment.',
        placement: 'award',
        strength: 'recommended',
        weight: 3,
        standards: [],
      },
      {
        id: 'r4',
        requirement: 'Faster fixes score higher.',
        evidence: 'Patch SLA.',
        placement: 'award',
        strength: 'recommended',
        weight: 1,
        standards: [],
      },
      {
        id: 'r5',
        requirement: 'The contractor reports incidents within 24 hours.',
        evidence: 'Incident procedure.',
        placement: 'contract',
        strength: 'mandatory',
        weight: null,
        standards: [],
      },
    ],
  },
]

const contextIn = (locale: Locale): ExportContext => ({
  locale,
  languageName: locale,
  generatedAt: '2026-12-04T12:00:00.000Z',
  edition: {
    slug: 'procurement-guidelines-2020',
    title: 'Guidelines 2020',
    publisher: 'ENISA',
    sourceUrl: 'https://x',
  },
  chosen: { assets: [], threats: [], phases: [], q: '', packs: [] },
  filters: { asset: [], threat: [], phase: [], q: '', ids: [], pack: [] },
  messages: dictionaries[locale],
})

async function documentZip(locale: Locale, query = ''): Promise<JSZip> {
  const options = readTenderOptions(new URLSearchParams(query))
  if (!options.ok) throw new Error('bad options')
  const buffer = await tenderToDocx({
    context: contextIn(locale),
    // The practice texts are in the document's language, as when it is translated.
    sections: tenderSections(
      practices.map((p) => ({ ...p, textLocale: locale })),
      options.choices,
    ),
    orEquivalent: glossaries[locale].orEquivalent,
    choices: options.choices,
  })
  return JSZip.loadAsync(buffer)
}
const documentXml = async (locale: Locale, query = '') =>
  (await documentZip(locale, query)).file('word/document.xml')!.async('string')
const plain = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')

describe('tender document', () => {
  it.each(LOCALES)('%s: every cited standard is followed by the language’s “or equivalent”', async (locale) => {
    const text = plain(await documentXml(locale))
    const phrase = glossaries[locale].orEquivalent
    for (const standard of ['IEC 81001-5-1:2021', 'IEC 62443 series', 'ISO/IEC 27001:2022']) {
      const at = text.indexOf(standard)
      expect({ standard, cited: at >= 0 }).toEqual({ standard, cited: true })
      expect(
        text
          .slice(at + standard.length)
          .trimStart()
          .startsWith(phrase),
      ).toBe(true)
    }
    // Every stage heading is in the page's language.
    for (const stage of STAGES) expect(text).toContain(dictionaries[locale][`stage_${stage}`])
  })

  it('has Word structure: numbered Heading 1 per stage, repeating header rows, a language on every run, page numbers', async () => {
    const xml = await documentXml('el', 'bilingual=en')
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/><w:numPr>/g)]
    expect(headings.length).toBe(STAGES.length + 1) // the four stages and the evidence checklist
    expect(xml).toContain('<w:tblHeader/>')
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!)
    const withText = runs.filter((r) => /<w:t[ >]/.test(r))
    expect(withText.filter((r) => !/<w:lang w:val="[a-z]{2}"\/>/.test(r))).toEqual([])
    // The English text of a bilingual document is tagged English; the rest Greek.
    expect(xml).toMatch(/<w:lang w:val="en"\/><\/w:rPr><w:t xml:space="preserve">EN r1<\/w:t>/)
    const zip = await documentZip('el')
    const footers = zip.file(/^word\/footer\d*\.xml$/)
    const footerXml = (await Promise.all(footers.map((f) => f.async('string')))).join('')
    expect(footerXml).toContain('PAGE')
    expect(footerXml).toContain('NUMPAGES')
  })

  it('numbers clauses the same in every language and scores the award clauses out of 100', async () => {
    for (const locale of ['pt', 'ga'] as const) {
      const text = plain(await documentXml(locale))
      for (const number of ['SC-1.1', 'TS-1.1', 'AW-1.1', 'AW-1.2', 'CP-1.1']) expect(text).toContain(number)
      expect(text).toContain(`AW-1.1\n${practices[0]!.requirements[2]!.requirement}\n75`)
      expect(text).toContain(`${dictionaries[locale].scoringTotal}\n\n100`)
    }
  })

  it('keeps only the stages and strengths asked for', async () => {
    const text = plain(await documentXml('en', 'stages=award,contract&strength=mandatory'))
    expect(text).not.toContain('SC-1.1')
    expect(text).not.toContain('TS-1.1')
    expect(text).toContain('CP-1.1')
    expect(text).toContain(dictionaries.en.tenderStageEmpty) // award clauses are all recommended
  })

  it('refuses unknown options with their name', () => {
    expect(readTenderOptions(new URLSearchParams('stages=selection,bidding'))).toEqual({
      ok: false,
      param: 'stages',
      value: 'bidding',
    })
    expect(readTenderOptions(new URLSearchParams('bilingual=fr'))).toMatchObject({ ok: false, param: 'bilingual' })
    expect(readTenderOptions(new URLSearchParams('strength=all'))).toMatchObject({ ok: false, param: 'strength' })
  })
})
