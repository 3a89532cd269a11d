// The supplier questionnaire as Excel reads it: question ids that are the tender's clause numbers in every language,
// answers limited to the list of the page's language, questions locked and answers open, and a hidden identity.
import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

import { answerLabels, IDENTITY_SHEET, QUESTIONNAIRE_SCHEMA, questionnaireToXlsx } from '@/exports/questionnaire'
import type { ExportContext } from '@/exports/types'
import { tenderSections, type TenderPractice } from '@/tender/clauses'
import { STAGES } from '@/tender/stages'
import { LOCALES, type Locale } from '@/translations/locales'
import { dictionaries } from '@/translations/ui'

const practices = (locale: Locale): TenderPractice[] => [
  {
    slug: 'p1',
    code: 'P1',
    title: `Practice (${locale})`,
    url: null,
    textLocale: locale,
    requirements: [
      {
        id: 'a',
        requirement: `=HYPERLINK("http://evil") (${locale})`,
        evidence: 'E1',
        placement: 'specification',
        strength: 'mandatory',
        weight: null,
        standards: [],
      },
      {
        id: 'b',
        requirement: `Contract duty (${locale})`,
        evidence: 'E2',
        placement: 'contract',
        strength: 'recommended',
        weight: null,
        standards: [],
      },
      {
        id: 'c',
        requirement: `Selection (${locale})`,
        evidence: 'E3',
        placement: 'selection',
        strength: 'mandatory',
        weight: null,
        standards: [],
      },
    ],
  },
]

const context = (locale: Locale): ExportContext => ({
  locale,
  languageName: locale,
  generatedAt: '2026-12-04T12:00:00.000Z',
  edition: { slug: 'procurement-guidelines-2020', title: 'G', publisher: 'ENISA', sourceUrl: 'https://x' },
  chosen: { assets: [], threats: [], phases: [], q: '', packs: [] },
  filters: { asset: [], threat: [], phase: [], q: '', ids: [], pack: [] },
  messages: dictionaries[locale],
})

async function workbook(locale: Locale) {
  const sections = tenderSections(practices(locale), { stages: STAGES, mandatoryOnly: false })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await questionnaireToXlsx(context(locale), sections)) as never)
  return book
}
const identityOf = (book: ExcelJS.Workbook) =>
  Object.fromEntries(
    book
      .getWorksheet(IDENTITY_SHEET)!
      .getSheetValues()
      .slice(1)
      .map((row) => [(row as string[])[1], (row as string[])[2]]),
  )

describe('supplier questionnaire', () => {
  it('has the questions in the tender order, ids equal to clause numbers, the same in French and German', async () => {
    const [fr, de] = [await workbook('fr'), await workbook('de')]
    const ids = (book: ExcelJS.Workbook, locale: Locale) =>
      book.getWorksheet(dictionaries[locale].questionnaireSheetQuestions)!.getColumn(1).values.slice(2).map(String)
    expect(ids(fr, 'fr')).toEqual(['SC-1.1', 'TS-1.1', 'CP-1.1'])
    expect(ids(de, 'de')).toEqual(ids(fr, 'fr'))
    const [idFr, idDe] = [identityOf(fr), identityOf(de)]
    expect(idFr.schema).toBe(QUESTIONNAIRE_SCHEMA)
    expect(idFr.language).toBe('fr')
    expect(idFr.questionIds).toBe('SC-1.1,TS-1.1,CP-1.1')
    expect(idFr.idsFingerprint).toBe(idDe.idsFingerprint)
    expect(idFr.textFingerprint).not.toBe(idDe.textFingerprint)
    expect(fr.getWorksheet(IDENTITY_SHEET)!.state).toBe('hidden')
  })

  it('opens the answer cells only, limits answers to the list of the page language, and freezes and filters the header', async () => {
    const book = await workbook('pt')
    const m = dictionaries.pt
    const sheet = book.getWorksheet(m.questionnaireSheetQuestions)!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getRow(1).getCell(7).value).toBe(m.answerColumn)
    const row = sheet.getRow(2)
    for (const col of [1, 2, 3, 4, 5, 6]) expect(row.getCell(col).protection?.locked ?? true).toBe(true)
    for (const col of [7, 8, 9]) expect(row.getCell(col).protection?.locked).toBe(false)
    expect(row.getCell(7).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${answerLabels(m).join(',')}"`],
      showErrorMessage: true,
    })
    // The questions sheet is protected (no password: against accidental edits), filters and sorting allowed.
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer())
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/)
  })

  it('keeps a formula-like requirement as text', async () => {
    const book = await workbook('en')
    const cell = book.getWorksheet(dictionaries.en.questionnaireSheetQuestions)!.getRow(3).getCell(3)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(String(cell.value)).toMatch(/^=HYPERLINK/)
  })

  it.each(LOCALES)('%s: answers fit an Excel list and sheet names are valid', (locale) => {
    const m = dictionaries[locale]
    const labels = answerLabels(m)
    expect(labels.filter((label) => /[,"]/.test(label) || label.trim() === '')).toEqual([])
    expect(new Set(labels).size).toBe(4)
    expect(`"${labels.join(',')}"`.length).toBeLessThanOrEqual(255)
    for (const name of [m.questionnaireSheetInstructions, m.questionnaireSheetQuestions]) {
      expect(name.length).toBeLessThanOrEqual(31)
      expect(name).not.toMatch(/[:\\/?*[\]]/)
    }
  })
})
