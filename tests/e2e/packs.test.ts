// Procurement packs as a buyer in Lisbon uses them: the list, a pack's page, "start from this pack" into the tool, and
// from there the tender document in Portuguese with English beside it, opened in LibreOffice. Accessibility with axe.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'

import { glossaries } from '@/translations/glossary'
import { t } from '@/translations/t'
import { axeViolations } from '../helpers/axe'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { pdfTextOf } from '../helpers/libreoffice'
import { practiceCards } from '../helpers/toolPage'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('procurement packs', () => {
  it('take a buyer from /pt/packs to the PACS pack, into the tool, and to a tender document', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/pt/packs`)
    expect(await page.locator('html').getAttribute('lang')).toBe('pt')
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(6)
    await page.getByRole('link', { name: 'PACS e imagiologia médica' }).click()
    await page.waitForURL(/\/pt\/packs\/pacs-and-medical-imaging$/)
    const recommended = await page
      .getByRole('heading', { name: t('pt', 'packPractices') })
      .locator('xpath=following-sibling::ul[1]/li')
      .count()
    expect(recommended).toBeGreaterThanOrEqual(6)
    await page.getByRole('link', { name: t('pt', 'packStart') }).click()
    await page.waitForURL(/\/pt\?pack=pacs-and-medical-imaging/)
    // The tool shows exactly the pack's practices, and says the pack is chosen (a chip that removes it).
    expect(await practiceCards(page, 'pt').count()).toBe(recommended)
    const chip = page.getByRole('link', { name: new RegExp(`${t('pt', 'packLabel')}: PACS`) })
    expect(await chip.count()).toBe(1)

    // In the tender panel every practice of the pack is ticked; the buyer leaves one out.
    await page.locator('summary', { hasText: t('pt', 'tenderHeading') }).click()
    const panel = page.locator('.tender-panel')
    const boxes = panel.getByRole('group', { name: t('pt', 'practicesHeading') }).getByRole('checkbox')
    expect(await boxes.count()).toBe(recommended)
    const leftOut = await panel.locator(`label[for="${await boxes.last().getAttribute('id')}"]`).innerText()
    await boxes.last().uncheck()
    await page.getByLabel(t('pt', 'tenderBilingual')).check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('pt', 'tenderBuild') }).click(),
    ])
    expect(file.suggestedFilename()).toBe(
      `procuresec_procurement-guidelines-2020_pt_picked-${recommended - 1}_tender.docx`,
    )
    const docx = Buffer.concat(await (await file.createReadStream()).toArray())
    const text = (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string'))
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
    expect(text).not.toContain(leftOut)
    for (const stage of ['selection', 'specification', 'award', 'contract'] as const)
      expect(text).toContain(t('pt', `stage_${stage}`))
    expect(text).toContain(`${t('pt', 'packLabel')}\nPACS e imagiologia médica`)
    expect(text).toContain(glossaries.pt.orEquivalent)
    expect(text).toMatch(new RegExp(`${t('pt', 'scoringTotal')}\\n\\n100`))
    const pdf = pdfTextOf(docx)
    expect(pdf.text).toContain(t('pt', 'stage_specification'))
    expect(pdf.text).toMatch(/TS-1\.1/)
    expect(pdf.text).toContain(glossaries.pt.orEquivalent)

    // Removing the chip shows the whole catalogue again.
    await page.goto(`${baseUrl()}/pt?pack=pacs-and-medical-imaging`)
    await chip.click()
    await page.waitForURL((url) => !url.search.includes('pack='))
    expect(await practiceCards(page, 'pt').count()).toBeGreaterThan(recommended)
    await context.close()
  })

  it('are offered as the first step on the tool page, in its language', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/el`)
    const chooser = page.getByRole('navigation', { name: t('el', 'packsStart') })
    expect(await chooser.getByRole('link').count()).toBe(7) // six packs and "all packs"
    await page.close()
  })

  it.each(['en', 'de', 'el', 'ga'] as const)(
    'have no axe violations on the list and a pack page in %s',
    async (locale) => {
      const page = await browser.newPage()
      const found: Record<string, unknown> = {}
      for (const path of ['/packs', '/packs/ehr-as-saas', '?pack=ehr-as-saas']) {
        await page.goto(`${baseUrl()}/${locale}${path}`)
        const violations = await axeViolations(page)
        if (violations.length > 0) found[path] = violations
      }
      expect(found).toEqual({})
      await page.close()
    },
  )
})
