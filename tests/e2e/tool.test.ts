// The public tool as a person uses it, in real Chromium: filtering, URL state, no-JavaScript form, language switch,
// exports, keyboard use, and accessibility checks with axe-core.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'

import { LOCALE_NAMES } from '@/translations/locales'
import { t } from '@/translations/t'
import { axeViolations } from '../helpers/axe'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { practiceCards, resultCountLine } from '../helpers/toolPage'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const resultCount = (page: Page) => practiceCards(page).count()
const countText = (page: Page) => resultCountLine(page).innerText()
/** How many of the cards show `phase` (the phase is a line of its own on each card). */
const cardsInPhase = (page: Page, phase: string) =>
  practiceCards(page)
    .filter({ has: page.getByText(phase, { exact: true }) })
    .count()
/** Opens the language menu (a <summary>, which has no ARIA role) and follows the link to the language `to`, named in itself. */
async function switchLanguage(page: Page, from: 'en' | 'de', to: 'el' | 'ga') {
  const languages = page.getByRole('navigation', { name: t(from, 'languageLabel'), exact: true })
  await languages.locator('summary').click()
  await languages.getByRole('link', { name: LOCALE_NAMES[to], exact: true }).click()
}

describe('filtering', () => {
  it('updates the results and the URL without a page load, and Back restores the previous state', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en`)
    expect(await resultCount(page)).toBe(28)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
    await page.getByLabel('Cloud services', { exact: false }).first().check()
    await page.waitForURL(/asset=cloud-services/)
    const afterAsset = await resultCount(page)
    expect(afterAsset).toBeLessThan(28)
    expect(await countText(page)).toBe(`${afterAsset} good practices match`)
    await page.locator('#f-phase-plan').check()
    await page.waitForURL(/phase=plan/)
    const afterPhase = await resultCount(page)
    expect(afterPhase).toBeLessThanOrEqual(afterAsset)
    expect(await cardsInPhase(page, 'Plan')).toBe(afterPhase)
    // Still the same document: no page load happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('phase='))
    expect(await resultCount(page)).toBe(afterAsset)
    expect(await page.locator('#f-phase-plan').isChecked()).toBe(false)
    await page.goBack()
    expect(await resultCount(page)).toBe(28)
    await page.close()
  })

  it('reproduces a shared URL exactly, and names unknown values instead of failing', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${baseUrl()}/en?asset=medical-devices&threat=natural-phenomena&asset=toasters`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('#f-asset-medical-devices').isChecked()).toBe(true)
    expect(await page.locator('#f-threat-natural-phenomena').isChecked()).toBe(true)
    expect(await page.getByText(t('en', 'ignoredValues', { values: 'asset=toasters' }), { exact: true }).count()).toBe(
      1,
    )
    expect(
      await page
        .getByRole('link', { name: t('en', 'removeFilter', { label: 'Medical devices' }), exact: true })
        .count(),
    ).toBe(1)
    await page.close()
  })

  it('searches in the page language', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/de`)
    await page.fill('#q', 'Verschlüsselung')
    await page.waitForURL(/q=/)
    const titles = await practiceCards(page, 'de').getByRole('heading', { level: 3 }).allInnerTexts()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles[0]).toMatch(/G9/)
    await page.close()
  })

  it('finds practices by what people call things and by English words, in Lisbon and Athens', async () => {
    const page = await browser.newPage()
    const found = async (locale: 'pt' | 'el', q: string) => {
      await page.goto(`${baseUrl()}/${locale}?q=${encodeURIComponent(q)}`)
      return practiceCards(page, locale).count()
    }
    // The tool's own threat label, an imaging system named in an asset type's examples, English terms.
    expect(await found('el', 'λυτρισμικό')).toBeGreaterThanOrEqual(4)
    expect(await found('el', 'ransomware')).toBeGreaterThanOrEqual(4)
    expect(await found('pt', 'PACS')).toBeGreaterThan(0)
    expect(await found('pt', 'backup')).toBeGreaterThan(0)
    expect(await found('pt', 'encryption')).toBeGreaterThan(0)
    // The glossary's synonyms (an abbreviation, a product name) and the threats' examples ("DDoS") find practices too.
    expect(await found('el', 'ΗΦΥ')).toBeGreaterThan(0)
    expect(await found('pt', 'SClínico')).toBeGreaterThan(0)
    expect(await found('el', 'DDoS')).toBeGreaterThan(0)
    // A short word is not matched loosely: "DDoS" must not find every text with the Portuguese "dos" in it.
    expect(await found('pt', 'DDoS')).toBeLessThan(12)
    // Each threat says what it looks like, under its name in the filter and on its page, in the page language.
    const dos = page.getByRole('checkbox', { name: /^Negação de serviço/ })
    expect(await page.locator(`[id="${await dos.getAttribute('aria-describedby')}"]`).textContent()).toContain('DDoS')
    await page.goto(`${baseUrl()}/el/threats/ransomware`)
    const examples = page.locator('h2 + ul[lang="el"]')
    expect(await examples.innerText()).toContain('Διπλός εκβιασμός')
    await page.goto(`${baseUrl()}/pt`)
    // Each asset type says what it covers, in the page language, as its checkbox's description.
    const devices = page.getByRole('checkbox', { name: /^Dispositivos médicos/ })
    const hint = page.locator(`[id="${await devices.getAttribute('aria-describedby')}"]`)
    expect(await hint.getAttribute('lang')).toBe('pt')
    expect(await hint.textContent()).toContain('Bombas de perfusão')
    await page.close()
  })

  it('works without JavaScript: the filters are a plain form rendered on the server', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en`)
    await page.locator('#f-asset-medical-devices').check()
    await page.locator('#f-phase-manage').check()
    await page.getByRole('button', { name: 'Show good practices' }).click()
    await page.waitForURL(/asset=medical-devices/)
    expect(page.url()).toMatch(/phase=manage/)
    const shown = await resultCount(page)
    expect(shown).toBeGreaterThan(0)
    expect(await cardsInPhase(page, 'Manage')).toBe(shown)
    await context.close()
  })

  it('can be used with the keyboard alone', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en`)
    await page.locator('#q').focus()
    // From the search box, Tab through the controls to the first asset-type checkbox and tick it with Space.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.id === 'f-asset-hospital-information-systems')) break
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-asset-hospital-information-systems')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Space')
    await page.waitForURL(/asset=hospital-information-systems/)
    // The results are the 2020 practices linked to that asset type, as the API lists them.
    const api = async (path: string) => (await fetch(`${baseUrl()}/api/${path}`)).json()
    const asset = (await api('assets?where[slug][equals]=hospital-information-systems&depth=0')).docs[0]
    const edition = (await api('guidelines?where[slug][equals]=procurement-guidelines-2020&depth=0')).docs[0]
    const linked = await api(
      `good-practices?locale=en&depth=0&limit=100&where[assets][in]=${asset.id}&where[edition][equals]=${edition.id}`,
    )
    expect(linked.totalDocs).toBeGreaterThan(0)
    expect(await resultCount(page)).toBe(linked.totalDocs)
    await page.close()
  })
})

describe('relevance', () => {
  // A PACS tender worried about ransomware, as an officer in Lisbon, a CISO in Athens and in English.
  for (const locale of ['en', 'pt', 'el'] as const) {
    it(`[${locale}] narrows to the practices key for the purchase, says why, and widens on request`, async () => {
      const page = await browser.newPage()
      await page.goto(`${baseUrl()}/${locale}?asset=medical-devices&threat=ransomware`)
      const cards = practiceCards(page, locale)
      const keyOnly = await cards.count()
      expect(keyOnly).toBeGreaterThanOrEqual(4)
      expect(keyOnly).toBeLessThanOrEqual(12)
      // Every card says what it is key for, in the page language; none is there only as related.
      expect(await cards.filter({ hasText: t(locale, 'keyFor') }).count()).toBe(keyOnly)
      await page.getByLabel(t(locale, 'includeRelated'), { exact: true }).check()
      await page.waitForURL(/related=1/)
      await expectWider(page, locale, keyOnly)
      await page.close()
    })
  }
})

/** With related practices included there are more results, and those that are key for nothing chosen come last. */
async function expectWider(page: Page, locale: 'en' | 'pt' | 'el', keyOnly: number) {
  const cards = practiceCards(page, locale)
  await page.waitForFunction(([n]) => document.querySelectorAll('[data-slug]').length > n, [keyOnly] as const)
  const lines = await cards.evaluateAll(
    (items, keyFor) => items.map((item) => (item.textContent ?? '').includes(keyFor as string)),
    t(locale, 'keyFor'),
  )
  expect(lines.length).toBeGreaterThan(keyOnly)
  expect(lines.filter(Boolean).length).toBe(keyOnly)
  // Ranked: every card key for a chosen value comes before every card that is only related.
  expect(lines.indexOf(false)).toBe(keyOnly)
  expect(await cards.filter({ hasText: t(locale, 'relatedTo') }).count()).toBeGreaterThan(0)
}

describe('languages', () => {
  it('switching language keeps the page and the filters, and sets <html lang>', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en?asset=medical-devices`)
    await page.locator('#f-phase-source').check()
    await page.waitForURL(/phase=source/)
    await switchLanguage(page, 'en', 'el')
    await page.waitForURL(/\/el\?/)
    expect(page.url()).toMatch(/asset=medical-devices/)
    expect(page.url()).toMatch(/phase=source/)
    expect(await page.getAttribute('html', 'lang')).toBe('el')
    expect(await page.locator('#f-phase-source').isChecked()).toBe(true)
    await page.goto(`${baseUrl()}/de/threats/ransomware`)
    await switchLanguage(page, 'de', 'ga')
    await page.waitForURL(/\/ga\/threats\/ransomware/)
    expect(await page.getAttribute('html', 'lang')).toBe('ga')
    await page.close()
  })
})

describe('checklist and exports', () => {
  it('keeps ticks in the browser, shows progress, and puts them into the exports', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en?asset=cloud-services&phase=plan`)
    const total = await resultCount(page)
    await practiceCards(page).first().getByLabel('Addressed in our tender').check()
    await page.getByText(`1 of ${total} addressed`, { exact: true }).waitFor({ timeout: 5000 })
    await page.reload()
    // The ticks are read from this browser once the page is hydrated (the boxes are disabled until then).
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('.card .tick input')?.disabled)
    expect(await practiceCards(page).first().getByLabel('Addressed in our tender').isChecked()).toBe(true)
    const firstSlug = await practiceCards(page).first().getAttribute('data-slug')

    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name, exact: true }).click(),
      ])
      return {
        name: file.suggestedFilename(),
        body: await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)),
      }
    }

    const json = JSON.parse((await download('Data (.json)')).body.toString('utf8'))
    expect(json.schema).toBe('procuresec.selection/3')
    expect(json.practices).toHaveLength(total)
    const first = json.practices.find((p: { slug: string }) => p.slug === firstSlug)
    expect(first.addressed).toBe(true)
    // Version 3: each requirement says where it goes in a tender and how strong it is.
    for (const r of first.requirements) {
      expect(['selection', 'specification', 'award', 'contract']).toContain(r.placement)
      expect(['mandatory', 'recommended']).toContain(r.strength)
      expect(Array.isArray(r.standards)).toBe(true)
    }

    const csv = await download('Spreadsheet (.csv)')
    expect(csv.name).toBe('procuresec_procurement-guidelines-2020_en_cloud-services+plan.csv')
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = parse(csv.body.toString('utf8').slice(1), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual([
      'Code',
      'Good practice',
      'Phase',
      'Requirement id',
      'Requirement',
      'Evidence to ask the supplier for',
      'Addressed in our tender',
      'Asset types',
      'Threats',
      'Link',
    ])
    expect(new Set(rows.map((r) => r.Phase))).toEqual(new Set(['Plan']))
    const ids = rows.map((r) => r['Requirement id'])
    expect(new Set(ids).size).toBe(ids.length)
    expect(rows.filter((r) => r['Addressed in our tender'] === 'yes').map((r) => r['Requirement id'])).toEqual(
      first.requirements.map((r: { id: string }) => r.id),
    )
    // The test server has no public address (SERVER_URL): the files carry no localhost links.
    expect(rows.every((r) => r.Link === '')).toBe(true)
    expect(first.url).toBeNull()

    const docx = await download('Word tender annex (.docx)')
    const zip = await JSZip.loadAsync(docx.body)
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
    expect(text).toContain('Cybersecurity requirements: tender annex')
    expect(text).toContain('Cloud services')
    expect(text).toContain(`${json.practices[0].code} ${json.practices[0].title}`)
    expect(text).toContain(json.practices[0].requirements[0].requirement)
    expect(text).toContain('☑ Addressed in our tender')
    expect(text).not.toContain('localhost')

    // Picking for the export is another tick than "addressed": picks survive a change of filters and export alone.
    const second = practiceCards(page).nth(1)
    const secondSlug = await second.getAttribute('data-slug')
    const secondTitle = await second.getByRole('heading', { level: 3 }).innerText()
    await second.getByLabel('Include in my export').check()
    await page.getByText('Picked for your export: 1', { exact: true }).waitFor({ timeout: 5000 })
    expect(await page.getByText(`1 of ${total} addressed`, { exact: true }).count()).toBe(1)
    expect(await second.getByLabel('Addressed in our tender').isChecked()).toBe(false)
    expect(await practiceCards(page).first().getByLabel('Include in my export').isChecked()).toBe(false)
    const picked = await download('Only my picks (Word tender annex (.docx))')
    expect(picked.name).toBe('procuresec_procurement-guidelines-2020_en_picked-1.docx')
    const pickedText = (await (await JSZip.loadAsync(picked.body)).file('word/document.xml')!.async('string'))
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
    expect(pickedText).toContain('Selection\nPractices picked by hand: 1')
    expect(pickedText).not.toContain('Asset types\nAll')
    expect(pickedText.replace(/\s+/g, ' ')).toContain(secondTitle.replace(/\s+/g, ' '))
    const pickedJson = JSON.parse((await download('Only my picks (Data (.json))')).body.toString('utf8'))
    expect(pickedJson.practices.map((p: { slug: string }) => p.slug)).toEqual([secondSlug])
    expect(await page.getByText(t('en', 'ticksKeptHere'), { exact: true }).count()).toBe(1)

    // Print: a page with the filters, the date, every requirement and its evidence, and the ticks.
    await page.getByRole('link', { name: 'Print', exact: true }).click()
    await page.waitForURL(/\/en\/print\?/)
    const printed = await page.locator('main').innerText()
    expect(printed).toContain('Cloud services')
    expect(printed).toContain(new Date().getUTCFullYear().toString())
    for (const p of json.practices as Array<{ requirements: Array<{ requirement: string; evidence: string }> }>)
      for (const r of p.requirements) {
        expect(printed).toContain(r.requirement)
        expect(printed).toContain(r.evidence)
      }
    expect(await page.locator('.print-practice').count()).toBe(total)
    expect(printed).toContain(`☑ Addressed in our tender`)
    expect(await page.getByRole('button', { name: 'Print', exact: true }).count()).toBe(1)

    // Another selection still has the pick; clearing it keeps the focus in the results.
    await page.goto(`${baseUrl()}/en?threat=fire`)
    await page.getByText('Picked for your export: 1', { exact: true }).waitFor({ timeout: 5000 })
    await page.getByRole('button', { name: 'Clear my picks' }).click()
    await page.getByText('Picked for your export: 1', { exact: true }).waitFor({ state: 'detached', timeout: 5000 })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
    await page.goto(`${baseUrl()}/en?asset=cloud-services&phase=plan`)
    await page.getByText(`1 of ${total} addressed`, { exact: true }).waitFor({ timeout: 5000 })
    expect(await page.getByRole('link', { name: /^Only my picks/ }).count()).toBe(0)
    await context.close()
  })

  it('exports in the page language, and refuses an unknown format with a clear 400', async () => {
    const csv = await fetch(`${baseUrl()}/de/export?format=csv&threat=ransomware`)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const header = (await csv.text()).split('\r\n')[0]
    expect(header).toContain('Anforderung')
    const bad = await fetch(`${baseUrl()}/fr/export?format=pdf`)
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/csv, docx, json/)
  })
})

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages = [
    '',
    '?asset=medical-devices&threat=ransomware&phase=manage',
    '/good-practices/encryption',
    '/assets/medical-devices',
    '/threats/ransomware',
    '/guidelines/procurement-guidelines-2020',
    '/print?asset=medical-devices&threat=ransomware',
  ]
  it.each(['en', 'de', 'el', 'ga'])('has no violations on the tool and each detail page in %s', async (locale) => {
    const page = await browser.newPage()
    const found: Record<string, unknown> = {}
    for (const path of pages) {
      await page.goto(`${baseUrl()}/${locale}${path}`)
      const violations = await axeViolations(page)
      if (violations.length > 0) found[path || '/'] = violations
    }
    expect(found).toEqual({})
    await page.close()
  })
})
