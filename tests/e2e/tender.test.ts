// The tender document as a procurement officer gets it: built from the tool's panel in Chromium, opened in LibreOffice
// (converted to PDF and read back), in Portuguese, Greek and English, and refused with a clear message for a bad option.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'

import { glossaries } from '@/translations/glossary'
import type { Locale } from '@/translations/locales'
import { t } from '@/translations/t'
import { axeViolations } from '../helpers/axe'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { pdfTextOf } from '../helpers/libreoffice'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const STAGES = ['selection', 'specification', 'award', 'contract'] as const
const wordText = async (docx: Buffer) =>
  (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string'))
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")

/** What every tender document must show, in its language: the four stages, clause numbers, 100 points, "or equivalent". */
function expectTenderText(text: string, locale: Locale) {
  for (const stage of STAGES) expect(text).toContain(t(locale, `stage_${stage}`))
  expect(text).toMatch(/SC-1\.1/)
  expect(text).toMatch(/TS-1\.1/)
  expect(text).toMatch(/CP-1\.1/)
  expect(text).toContain(glossaries[locale].orEquivalent)
}

describe('tender document', () => {
  it('is built from the tool in Portuguese, bilingual, and opens in LibreOffice with its stages and clauses', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/pt?asset=medical-devices&threat=ransomware`)
    await page.locator('summary', { hasText: t('pt', 'tenderHeading') }).click()
    await page.getByLabel(t('pt', 'tenderBilingual')).check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('pt', 'tenderBuild') }).click(),
    ])
    expect(file.suggestedFilename()).toBe(
      'procuresec_procurement-guidelines-2020_pt_medical-devices+ransomware_tender.docx',
    )
    const docx = Buffer.concat(await (await file.createReadStream()).toArray())
    const text = await wordText(docx)
    expectTenderText(text, 'pt')
    // Every standard cited is followed by "ou equivalente" (Art. 42(3)(b)).
    const label = `${t('pt', 'tenderStandards')}: `
    const cited = text.split('\n').filter((line) => line.startsWith(label))
    expect(cited.length).toBeGreaterThan(0)
    for (const line of cited)
      for (const standard of line.slice(label.length).split('; ')) expect(standard).toMatch(/ ou equivalente$/)
    // Bilingual: English text below the Portuguese.
    expect(text).toMatch(/The supplier shall|The manufacturer shall|shall /)
    const pdf = pdfTextOf(docx)
    expectTenderText(pdf.text, 'pt')
    await context.close()
  })

  it.each(['el', 'en'] as const)(
    'for all practices in %s: a scoring table of 100 points, and LibreOffice reads it',
    async (locale) => {
      const started = Date.now()
      const response = await fetch(`${baseUrl()}/${locale}/export?format=tender`)
      expect(response.status).toBe(200)
      const docx = Buffer.from(await response.arrayBuffer())
      const took = Date.now() - started
      const text = await wordText(docx)
      expectTenderText(text, locale)
      expect(text).toContain(`${t(locale, 'scoringTotal')}\n\n100`)
      const pdf = pdfTextOf(docx)
      expectTenderText(pdf.text, locale)
      console.log(`tender ${locale}, all practices: ${took} ms, ${docx.length} bytes DOCX, ${pdf.pdfBytes} bytes PDF`)
    },
  )

  it('refuses an unknown option in the page language, naming it', async () => {
    const response = await fetch(`${baseUrl()}/de/export?format=tender&stages=award,bidding`)
    expect(response.status).toBe(400)
    const body = await response.text()
    expect(body).toContain('stages=bidding')
    expect(body).toBe(t('de', 'tenderBadOption', { param: 'stages', value: 'bidding' }))
  })

  it('works without JavaScript: the panel is a plain form and keeps the filters', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en?phase=manage`)
    await page.locator('summary', { hasText: t('en', 'tenderHeading') }).click()
    await page.getByLabel(t('en', 'stage_award')).uncheck()
    await page.getByLabel(t('en', 'tenderMandatoryOnly')).check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('en', 'tenderBuild') }).click(),
    ])
    expect(file.url()).toMatch(/phase=manage/)
    expect(file.url()).toMatch(/strength=mandatory/)
    const text = await wordText(Buffer.concat(await (await file.createReadStream()).toArray()))
    expect(text).not.toContain(t('en', 'stage_award'))
    expect(text).not.toContain(t('en', 'strength_recommended'))
    await context.close()
  })

  it.each(['en', 'de', 'el', 'ga'] as const)('has no axe violations with the panel open in %s', async (locale) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/${locale}?asset=medical-devices`)
    await page.locator('summary', { hasText: t(locale, 'tenderHeading') }).click()
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('supplier questionnaire', () => {
  it('is built from the tender panel in German, with the clause numbers as question ids and the answer list', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/de?asset=cloud-services`)
    await page.locator('summary', { hasText: t('de', 'tenderHeading') }).click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('de', 'exportQuestionnaire') }).click(),
    ])
    expect(file.suggestedFilename()).toBe('procuresec_procurement-guidelines-2020_de_cloud-services_questionnaire.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.concat(await (await file.createReadStream()).toArray()) as never)
    const sheet = book.getWorksheet(t('de', 'questionnaireSheetQuestions'))!
    const ids = sheet.getColumn(1).values.slice(2).map(String)
    expect(ids.length).toBeGreaterThan(5)
    expect(ids.every((id) => /^(SC|TS|AW|CP)-\d+\.\d+$/.test(id))).toBe(true)
    expect(sheet.getRow(2).getCell(7).dataValidation.formulae).toEqual([
      `"${['yes', 'partly', 'no', 'na'].map((a) => t('de', `answer_${a}` as 'answer_yes')).join(',')}"`,
    ])
    // The same selection in French: the same question ids.
    const fr = await fetch(`${baseUrl()}/fr/export?format=questionnaire&asset=cloud-services`)
    expect(fr.headers.get('content-type')).toContain('spreadsheetml')
    const frBook = new ExcelJS.Workbook()
    await frBook.xlsx.load(Buffer.from(await fr.arrayBuffer()) as never)
    const frIds = frBook.getWorksheet(t('fr', 'questionnaireSheetQuestions'))!.getColumn(1).values.slice(2).map(String)
    expect(frIds).toEqual(ids)
    await context.close()
  })
})
