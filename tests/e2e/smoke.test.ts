// The production build, served as `npm start` serves it, on a freshly seeded database.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { LOCALE_NAMES } from '@/translations/locales'
import { t } from '@/translations/t'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { practiceCards } from '../helpers/toolPage'
import { makeServerUser, SERVER_ADMIN, serverHasAccounts } from '../helpers/users'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the served application', () => {
  it('redirects / to the visitor’s language', async () => {
    const response = await fetch(`${baseUrl()}/`, {
      headers: { 'accept-language': 'et-EE,et;q=0.9,en;q=0.5' },
      redirect: 'manual',
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, baseUrl()).pathname).toBe('/et')
  })

  it.each(['/en', '/admin', '/api/good-practices?limit=1'])('sends the security headers with %s', async (path) => {
    const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('serves the 28 published practices of 2020 through REST', async () => {
    const body = await (await fetch(`${baseUrl()}/api/good-practices?locale=en&limit=100`)).json()
    expect(body.totalDocs).toBe(28)
  })

  it('shows the English text, with a notice in the page language, where no translation is published', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/mt`)
    expect(await page.getAttribute('html', 'lang')).toBe('mt')
    const first = practiceCards(page, 'mt').first()
    const title = first.getByRole('heading', { level: 3 })
    expect(await title.innerText()).toContain('G1')
    expect(await title.getAttribute('lang')).toBe('en')
    expect(
      await first.getByText(t('mt', 'shownInEnglish', { language: LOCALE_NAMES.mt }), { exact: true }).count(),
    ).toBe(1)
    await page.close()
  })

  it('marks machine translations as not yet reviewed', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/fr`)
    const first = practiceCards(page, 'fr').first()
    expect(await first.getByRole('heading', { level: 3 }).getAttribute('lang')).toBe('fr')
    // Said once for the page; each machine-translated card carries the short marker.
    const marker = t('fr', 'machineTranslationMarker')
    expect(await page.getByText(t('fr', 'machineTranslationPage', { marker }), { exact: true }).count()).toBe(1)
    expect(await first.getByText('Traduction automatique', { exact: true }).count()).toBe(1)
    await page.close()
  })

  it('answers an unknown language or page with a real 404 page, in the visitor’s language where known', async () => {
    const unknownLanguage = await fetch(`${baseUrl()}/xx`)
    expect(unknownLanguage.status).toBe(404)
    expect(await unknownLanguage.text()).toContain('Page not found')
    const page = await browser.newPage()
    const german = await page.goto(`${baseUrl()}/de/good-practices/no-such-practice`)
    expect(german?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Seite nicht gefunden')
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
    // What this test is about needs a server without any account (a fresh one, as jest's global setup starts).
    expect(await serverHasAccounts(baseUrl())).toBe(false)
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 30_000 })
    // The admin's form works once React has hydrated it: under the other suites' load that can take seconds, and
    // typing or clicking before is lost.
    await page.waitForLoadState('networkidle', { timeout: 30_000 })
    await page.getByRole('textbox', { name: 'Email' }).fill(SERVER_ADMIN.email)
    await page.getByRole('textbox', { name: 'New Password', exact: true }).fill(SERVER_ADMIN.password)
    await page.getByRole('textbox', { name: 'Confirm Password', exact: true }).fill(SERVER_ADMIN.password)
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    // 'commit': the admin moves there by client-side navigation; what it then shows is awaited below.
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000, waitUntil: 'commit' })
    await page.getByText('Good practices').first().waitFor({ timeout: 30_000 })
    const me = await page.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user: { roles: string[] } },
    )
    expect(me.user.roles).toEqual(['admin'])
    await page.close()
  })

  it('runs the review workflow through the admin: an editor submits, a reviewer approves and publishes', async () => {
    // Its own editor and reviewer, made by the administrator (who is made first if the server has no account yet).
    const editorAccount = await makeServerUser(baseUrl(), 'editor')
    const reviewerAccount = await makeServerUser(baseUrl(), 'reviewer')
    // A wording of this run's own, so that the checks below hold on a server where the test has run before.
    const reviewed = `Fire (reviewed wording ${Date.now().toString(36)})`
    const fire = (await (await fetch(`${baseUrl()}/api/threats?where[slug][equals]=fire&locale=en`)).json()).docs[0]
    // The public page, read once so that the server's content cache holds it.
    const publicPage = async () => (await fetch(`${baseUrl()}/en/threats/fire`)).text()
    expect(await publicPage()).toContain(`<h1`)

    const signIn = async ({ email, password }: { email: string; password: string }) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/admin/login`)
      await page.getByRole('textbox', { name: 'Email' }).fill(email)
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password)
      await page.getByRole('button', { name: 'Login', exact: true }).click()
      // 'commit': the admin moves there by client-side navigation; what it then shows is awaited below.
      await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000, waitUntil: 'commit' })
      await page.goto(`${baseUrl()}/admin/collections/threats/${fire.id}?locale=en`)
      // By Payload's field id: the title's accessible name ("Title * — English") is near the SEO meta title's.
      await page.locator('#field-title').waitFor({ timeout: 30_000 })
      // Payload locks a document while someone edits it: the next person takes it over, as they would by hand.
      const locked = page.locator('#document-locked')
      const wasLocked = await locked.waitFor({ state: 'visible', timeout: 5000 }).then(
        () => true,
        () => false,
      )
      if (wasLocked) {
        await locked.getByRole('button', { name: /take over/i }).click()
        await locked.waitFor({ state: 'hidden' })
        await page.waitForLoadState('networkidle')
      }
      return { page, context }
    }
    const chooseReviewStatus = async (page: Page, option: string) => {
      // The select is a react-select: open it, type the option and confirm with Enter, as a keyboard user would.
      // On a loaded machine the form may still be re-rendering (e.g. after taking over the lock) and close the menu:
      // then try again.
      // The field by Payload's id: its label points at the field's wrapper, so the combobox itself has no name.
      const field = page.locator('#field-reviewStatus')
      for (let attempt = 1; ; attempt++) {
        try {
          await field.getByRole('combobox').click()
          const menu = field.getByRole('listbox')
          await menu.waitFor({ timeout: 10_000 })
          await page.keyboard.type(option)
          await menu.getByRole('option', { name: option, exact: true }).waitFor({ timeout: 10_000 })
          await page.keyboard.press('Enter')
          await menu.waitFor({ state: 'hidden', timeout: 10_000 })
          await field.getByText(option, { exact: true }).waitFor({ timeout: 10_000 })
          return
        } catch (error) {
          if (attempt === 3) throw error
          await page.keyboard.press('Escape')
        }
      }
    }

    const editor = await signIn(editorAccount)
    await editor.page.fill('#field-title', reviewed)
    await chooseReviewStatus(editor.page, 'In review')
    await editor.page.fill('#field-reviewComment', 'Clearer title')
    await editor.page.getByRole('button', { name: 'Save Draft' }).click()
    await editor.page
      .getByText(/saved successfully/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await editor.context.close()
    // Not published yet.
    expect((await (await fetch(`${baseUrl()}/api/threats/${fire.id}?locale=en`)).json()).title).toBe(fire.title)
    expect(await publicPage()).not.toContain(reviewed)

    const reviewer = await signIn(reviewerAccount)
    expect(await reviewer.page.inputValue('#field-title')).toBe(reviewed)
    await chooseReviewStatus(reviewer.page, 'Approved')
    await reviewer.page.getByRole('button', { name: 'Save Draft' }).click()
    await reviewer.page
      .getByText(/saved successfully/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await reviewer.page
      .getByRole('button', { name: /Publish/ })
      .first()
      .click()
    await reviewer.page
      .getByText(/Published successfully|Updated successfully|saved successfully/i)
      .last()
      .waitFor({ timeout: 30_000 })
    await reviewer.context.close()

    const published = await (await fetch(`${baseUrl()}/api/threats/${fire.id}?locale=en`)).json()
    expect(published.title).toBe(reviewed)
    // Publishing empties the public content cache: the page shows it on the next request.
    expect(await publicPage()).toContain(reviewed)
  })
})
