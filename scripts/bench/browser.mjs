// What a visitor's browser measures on the tool page: the JavaScript it loads first, and how long results take to
// update after a filter click.
import { existsSync } from 'node:fs'

import { chromium } from 'playwright-core'

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export async function browserFigures(baseUrl, { assetSlug }) {
  if (!existsSync(chromiumPath())) return null
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage()
    const scripts = []
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      const body = await response.body().catch(() => Buffer.alloc(0))
      const sizes = await response
        .request()
        .sizes()
        .catch(() => ({ responseBodySize: 0 }))
      scripts.push({ url: response.url(), bytes: body.length, transferred: sizes.responseBodySize })
    })
    await page.goto(`${baseUrl}/en`, { waitUntil: 'networkidle' })
    const firstLoad = {
      files: scripts.length,
      kb: scripts.reduce((s, f) => s + f.bytes, 0) / 1024,
      transferredKb: scripts.reduce((s, f) => s + f.transferred, 0) / 1024,
    }

    // Time from the click to the result count changing, measured inside the page.
    const clicks = []
    for (let i = 0; i < 5; i++) {
      const checkbox = page.locator(`#f-asset-${assetSlug}`)
      const ms = await page.evaluate(async (id) => {
        const status = document.querySelector('[role="status"]') ?? document.querySelector('main')
        const before = status.textContent
        const input = document.getElementById(id)
        const started = performance.now()
        return new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (status.textContent !== before) {
              observer.disconnect()
              resolve(performance.now() - started)
            }
          })
          observer.observe(document.body, { subtree: true, childList: true, characterData: true })
          input.click()
        })
      }, `f-asset-${assetSlug}`)
      clicks.push(ms)
      await checkbox.isVisible()
    }
    clicks.sort((a, b) => a - b)
    return { firstLoad, filterClickMs: clicks[Math.floor(clicks.length / 2)] }
  } finally {
    await browser.close()
  }
}
