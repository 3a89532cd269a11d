// Every word in the page's language: on the public pages of the seeded languages, text in English is marked
// lang="en" and announced, and, the seed content being machine-translated in full, none is left but the names of
// publications (reference titles). A CISO in Athens and an officer in Lisbon see every page type; the other seeded
// languages the tool, one page of each type and the print view.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { LOCALE_NAMES, type Locale } from '@/translations/locales'
import { t } from '@/translations/t'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { E2E_LANGUAGES } from './server'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const slugs = async (collection: string) =>
  (
    (await (await fetch(`${baseUrl()}/api/${collection}?limit=200&depth=0`)).json()).docs as Array<{ slug: string }>
  ).map((d) => d.slug)

/** Per page: text outside lang="en" that reads as English, and English text other than a publication's name. */
const englishOn = (page: Page) =>
  page.evaluate(() => {
    const unmarked: string[] = []
    const english: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const element = node.parentElement
      const text = (node.textContent ?? '').trim()
      if (!element || !text || element.closest('script, style, [aria-hidden="true"]')) continue
      if (/^https?:\/\//.test(text)) continue
      const lang = element.closest('[lang]')?.getAttribute('lang')
      // English function words do not occur in the other seeded languages' prose.
      if (lang !== 'en' && /\b(the|and|with|which|should|supplier)\b/i.test(text)) unmarked.push(text.slice(0, 80))
      if (lang === 'en' && element.closest('main') && !element.closest('a[rel~="external"]'))
        english.push(text.slice(0, 80))
    }
    return { unmarked, english }
  })

describe.each(E2E_LANGUAGES as Locale[])('[%s] the public pages', (locale) => {
  it('mark English text as such, and show none but publication names', async () => {
    const [practices, assets, threats, guidelines, packs] = await Promise.all(
      ['good-practices', 'assets', 'threats', 'guidelines', 'packs'].map(slugs),
    )
    const all = locale === 'el' || locale === 'pt'
    const some = (list: string[]) => (all ? list : list.slice(0, 1))
    const paths = [
      '',
      '?asset=medical-devices&threat=ransomware&related=1',
      '/print?asset=medical-devices',
      ...some(practices!).map((s) => `/good-practices/${s}`),
      ...some(assets!).map((s) => `/assets/${s}`),
      ...some(threats!).map((s) => `/threats/${s}`),
      ...guidelines!.map((s) => `/guidelines/${s}`),
      '/packs',
      ...some(packs!).map((s) => `/packs/${s}`),
    ]
    const page = await browser.newPage()
    const unmarked: string[] = []
    const english: string[] = []
    for (const path of paths) {
      await page.goto(`${baseUrl()}/${locale}${path}`)
      const found = await englishOn(page)
      unmarked.push(...found.unmarked.map((text) => `${path || '/'}: ${text}`))
      english.push(...found.english.map((text) => `${path || '/'}: ${text}`))
      // Where English is shown, the page says so in its own language.
      if (found.english.length > 0)
        expect(
          await page.getByText(t(locale, 'shownInEnglish', { language: LOCALE_NAMES[locale] })).count(),
        ).toBeGreaterThan(0)
    }
    expect(unmarked).toEqual([])
    expect(english).toEqual([])
    await page.close()
  })
})
