// Every kind of public page is valid HTML by the W3C Nu Html Checker (npm vnu-jar, run with Java): it finds what axe
// does not, such as an attribute not allowed on an element.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { baseUrl } from '../helpers/browser'

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string

type Message = { type: string; url: string; message: string; extract?: string; lastLine?: number }

async function firstSlug(collection: string): Promise<string> {
  const body = await (await fetch(`${baseUrl()}/api/${collection}?locale=en&limit=1&depth=0&sort=order`)).json()
  return body.docs[0].slug
}

describe('HTML validity', () => {
  it('has no errors on any page type, in several languages', async () => {
    const [practice, asset, threat, guideline, pack] = await Promise.all(
      ['good-practices', 'assets', 'threats', 'guidelines', 'packs'].map(firstSlug),
    )
    const pages = [
      '/en',
      '/el?asset=medical-devices&threat=ransomware&phase=plan',
      '/fr?q=chiffrement',
      '/de?q=no-such-word-anywhere',
      `/fr/good-practices/${practice}`,
      `/de/assets/${asset}`,
      `/ga/threats/${threat}`,
      `/en/guidelines/${guideline}`,
      '/el/no-such-page',
      '/pt/packs',
      `/el/packs/${pack}`,
      `/de?pack=${pack}`,
      '/pt/print?asset=medical-devices&threat=ransomware&addressed=encryption',
    ]
    // The checker refuses to fetch from this machine's own addresses: it checks the pages as files.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'procuresec-html-'))
    const files = new Map<string, string>()
    for (const [i, page] of pages.entries()) {
      const file = path.join(dir, `page-${i}.html`)
      writeFileSync(file, await (await fetch(`${baseUrl()}${page}`)).text())
      files.set(`file:${file}`, page)
    }
    const run = spawnSync(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--errors-only', ...[...files.keys()].map((f) => f.slice(5))],
      { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
    )
    expect(run.error).toBeUndefined()
    // vnu writes its JSON report to stderr.
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] }).messages
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
    const pageOf = (url: string) => files.get(url.replace(/^file:\/+/, 'file:/')) ?? url
    expect(errors.map((m) => `${pageOf(m.url)} line ${m.lastLine}: ${m.message} [${m.extract ?? ''}]`)).toEqual([])
    expect(messages.length === 0 || errors.length > 0).toBe(true) // nothing but errors was asked for
  })
})
