// The production build, served as `npm start` serves it, on a freshly seeded database.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the served application', () => {
  it('redirects / to the visitor’s language', async () => {
    const response = await fetch(`${baseUrl()}/`, { headers: { 'accept-language': 'et-EE,et;q=0.9,en;q=0.5' }, redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, baseUrl()).pathname).toBe('/et')
  })

  it('serves the 28 published practices of 2020 through REST', async () => {
    const body = await (await fetch(`${baseUrl()}/api/good-practices?locale=en&limit=100`)).json()
    if (body.totalDocs !== 28) console.log('DEBUG', JSON.stringify(body).slice(0, 500), JSON.stringify(await (await fetch(`${baseUrl()}/api/good-practices?locale=en&limit=3&depth=0`)).json()).slice(0, 800))
    expect(body.totalDocs).toBe(28)
  })

  it('shows the English text, with a notice in the page language, where no translation is published', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/mt`)
    expect(await page.getAttribute('html', 'lang')).toBe('mt')
    const first = page.locator('.card').first()
    expect(await first.locator('h3').innerText()).toContain('G1')
    expect(await first.locator('h3').getAttribute('lang')).toBe('en')
    expect(await first.locator('.notice').innerText()).toMatch(/Malti/)
    await page.close()
  })

  it('marks machine translations as not yet reviewed', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/fr`)
    const first = page.locator('.card').first()
    expect(await first.locator('h3').getAttribute('lang')).toBe('fr')
    expect(await first.locator('.notice').innerText()).toBe('Traduction automatique, pas encore révisée.')
    await page.close()
  })

  it('answers an unknown language or page with a real 404 page, in the visitor’s language where known', async () => {
    const unknownLanguage = await fetch(`${baseUrl()}/xx`)
    expect(unknownLanguage.status).toBe(404)
    expect(await unknownLanguage.text()).toContain('Page not found')
    const page = await browser.newPage()
    const german = await page.goto(`${baseUrl()}/de/good-practices/no-such-practice`)
    expect(german?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Seite nicht gefunden')
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await page.close()
    expect((await fetch(`${baseUrl()}/el/nothing/here`)).status).toBe(404)
  })

  it('lets a keyboard user skip to the content', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/de`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent)
    expect(focused).toBe('Zum Inhalt springen')
    await page.close()
  })

  it('serves the admin: the first account is created on the first-user screen and becomes admin', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 30_000 })
    await page.fill('#field-email', 'first-admin@example.test')
    await page.fill('#field-password', 'a long enough passphrase')
    await page.fill('#field-confirm-password', 'a long enough passphrase')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await page.getByText('Good practices').first().waitFor({ timeout: 30_000 })
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { roles: string[] } })
    expect(me.user.roles).toEqual(['admin'])
    await page.close()
  })
})
