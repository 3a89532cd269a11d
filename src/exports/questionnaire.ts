// The supplier questionnaire (XLSX): the tender's requirements as questions a tenderer answers in Excel or
// LibreOffice. Question ids are the tender document's clause numbers, the same in every language; a hidden sheet says
// which questionnaire it is, so that a comparison can tell it from another. Pure: data in, bytes out.
import { createHash } from 'node:crypto'

import ExcelJS from 'exceljs'

import type { Clause, TenderSection } from '@/tender/clauses'
import type { UiDictionary } from '@/translations/ui/en'
import { contextRows } from './contextRows'
import type { ExportContext } from './types'

/** The identity written to the hidden sheet; raise it on any change an importer must know about. */
export const QUESTIONNAIRE_SCHEMA = 'procuresec.questionnaire/1'
/** The hidden sheet's name, the same in every language. */
export const IDENTITY_SHEET = 'procuresec'

export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const
export type Answer = (typeof ANSWERS)[number]

/** The answer labels of a language, in list order (the drop-down of the Answer column). */
export const answerLabels = (m: UiDictionary): string[] => ANSWERS.map((a) => m[`answer_${a}`])

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * What identifies a questionnaire: its question ids (language-independent, so the French and German files of one
 * selection compare together) and a fingerprint of its question texts in this language (edited questions show).
 */
export function questionnaireIdentity(clauses: Clause[]) {
  const ids = clauses.map((c) => c.number)
  return {
    ids,
    idsFingerprint: sha256(JSON.stringify(ids)),
    textFingerprint: sha256(JSON.stringify(clauses.map((c) => [c.number, c.requirement, c.evidence]))),
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } }

function instructionsSheet(book: ExcelJS.Workbook, context: ExportContext) {
  const m = context.messages
  const sheet = book.addWorksheet(m.questionnaireSheetInstructions)
  sheet.columns = [{ width: 34 }, { width: 90 }]
  sheet.addRow([m.questionnaireTitle]).font = { bold: true, size: 14 }
  sheet.addRow([])
  const intro = sheet.addRow([m.questionnaireIntro])
  sheet.mergeCells(intro.number, 1, intro.number, 2)
  intro.alignment = { wrapText: true, vertical: 'top' }
  intro.height = 75
  sheet.addRow([])
  // The buyer fills the tender's name and deadline, the tenderer its name: open cells, marked as such.
  for (const [label, who] of [
    [m.questionnaireTender, m.questionnaireBuyerFills],
    [m.questionnaireDeadline, m.questionnaireBuyerFills],
    [m.questionnaireBidder, m.questionnaireBidderFills],
  ] as const) {
    const row = sheet.addRow([label, ''])
    row.getCell(1).font = { bold: true }
    const open = row.getCell(2)
    open.fill = ANSWER_FILL
    open.note = who
  }
  sheet.addRow([])
  for (const [label, value] of contextRows(context)) sheet.addRow([label, value]).getCell(1).font = { bold: true }
  sheet.addRow([])
  sheet.addRow([m.questionnaireAnswersHeading]).font = { bold: true }
  for (const answer of ANSWERS) {
    const row = sheet.addRow([m[`answer_${answer}`], m[`answerMeaning_${answer}`]])
    row.getCell(2).alignment = { wrapText: true }
  }
  sheet.addRow([])
  sheet.addRow([m.paraphraseNotice]).alignment = { wrapText: true }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' }
}

function questionsSheet(book: ExcelJS.Workbook, context: ExportContext, clauses: Clause[]) {
  const m = context.messages
  const sheet = book.addWorksheet(m.questionnaireSheetQuestions, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: m.questionColumn, width: 11 },
    { header: m.exportTitleColumn, width: 28 },
    { header: m.requirementColumn, width: 60 },
    { header: m.stageColumn, width: 20 },
    { header: m.strengthColumn, width: 14 },
    { header: m.tenderEvidence, width: 40 },
    { header: m.answerColumn, width: 16 },
    { header: m.explanationColumn, width: 50 },
    { header: m.evidenceReferenceColumn, width: 28 },
  ]
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = HEADER_FILL
  header.alignment = { wrapText: true, vertical: 'top' }
  const list = `"${answerLabels(m).join(',')}"`
  for (const c of clauses) {
    const row = sheet.addRow([
      c.number,
      `${c.practice.code} ${c.practice.title}`,
      c.requirement,
      m[`stage_${c.placement}`],
      c.strength === 'mandatory' ? m.strength_mandatory : m.strength_recommended,
      c.evidence,
      '',
      '',
      '',
    ])
    row.alignment = { wrapText: true, vertical: 'top' }
    // The tenderer's three cells: open, coloured, the answer limited to the list.
    for (const col of [7, 8, 9]) {
      const cell = row.getCell(col)
      cell.protection = { locked: false }
      cell.fill = ANSWER_FILL
    }
    row.getCell(7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: m.answerInvalid,
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, clauses.length + 1), column: 9 } }
  return sheet
}

function identitySheet(book: ExcelJS.Workbook, context: ExportContext, clauses: Clause[]) {
  const identity = questionnaireIdentity(clauses)
  const sheet = book.addWorksheet(IDENTITY_SHEET, { state: 'hidden' })
  const rows: Array<[string, string]> = [
    ['schema', QUESTIONNAIRE_SCHEMA],
    ['edition', context.edition.slug],
    ['language', context.locale],
    ['generatedAt', context.generatedAt],
    ['questionIds', identity.ids.join(',')],
    ['idsFingerprint', identity.idsFingerprint],
    ['textFingerprint', identity.textFingerprint],
  ]
  for (const row of rows) sheet.addRow(row)
}

/** The questionnaire for the clauses of a tender (all stages and strengths, in the tender's order). */
export async function questionnaireToXlsx(context: ExportContext, sections: TenderSection[]): Promise<Buffer> {
  const clauses = sections.flatMap((s) => s.clauses)
  const book = new ExcelJS.Workbook()
  book.creator = 'ProcureSec'
  book.title = context.messages.questionnaireTitle
  book.created = new Date(context.generatedAt)
  instructionsSheet(book, context)
  const questions = questionsSheet(book, context, clauses)
  identitySheet(book, context, clauses)
  // Against accidental edits, not a secret: no password, filters and sorting still allowed.
  await questions.protect('', { autoFilter: true, sort: true, formatColumns: true, formatRows: true })
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }]
  return Buffer.from(await book.xlsx.writeBuffer())
}
