// The edition notice on the tool page: which edition is shown and from when, and, once a newer one is published,
// an offer of it (the seeded 2026 edition is a draft, so the browser tests cannot see this case).
import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { EditionNotice } from '@/components/edition/EditionNotice'
import type { ShownEdition } from '@/queries/catalog'
import { t } from '@/translations/t'

const edition = (slug: string, publicationDate: string, textLocale = 'pt'): ShownEdition =>
  ({
    doc: {
      id: slug,
      slug,
      title: `Title ${slug}`,
      publicationDate,
      publisher: 'ENISA',
      sourceUrl: `https://example.org/${slug}`,
    },
    textLocale,
  }) as unknown as ShownEdition

const y2020 = edition('g-2020', '2020-02-24T00:00:00.000Z', 'en')
const y2026 = edition('g-2026', '2026-07-22T00:00:00.000Z')
const render = (shown: ShownEdition | null, editions: ShownEdition[]) =>
  renderToStaticMarkup(createElement(EditionNotice, { locale: 'pt', edition: shown, editions }))

describe('edition notice', () => {
  it('names the edition shown, its year and its original publication, in the language of each text', () => {
    const html = render(y2020, [y2020])
    expect(html).toContain('<span lang="en">Title g-2020</span>')
    expect(html).toContain('(2020)')
    expect(html).toContain(`href="https://example.org/g-2020"`)
    expect(html).toContain(t('pt', 'sourceLink', { publisher: 'ENISA', year: '2020' }))
    expect(html).toContain(t('pt', 'paraphraseNotice'))
    expect(html).not.toContain(t('pt', 'newerEditionLink', { year: '2026' }))
  })

  it('offers the newest published edition when an older one is shown', () => {
    const html = render(y2020, [y2026, y2020])
    expect(html).toContain(`href="/pt?edition=g-2026">${t('pt', 'newerEditionLink', { year: '2026' })}</a>`)
    expect(html).toContain(`href="https://example.org/g-2026"`)
  })

  it('names the successor recorded on the edition, with its source, before its content is published here', () => {
    const recorded = {
      ...y2020,
      doc: { ...y2020.doc, successor: { publicationDate: '2026-07-22', sourceUrl: 'https://example.org/next' } },
    } as ShownEdition
    const html = render(recorded, [recorded])
    expect(html).toContain(t('pt', 'newerEdition', { date: 'julho de 2026', publisher: 'ENISA' }))
    expect(html).toContain(`href="https://example.org/next"`)
    expect(html).toContain(t('pt', 'sourceLink', { publisher: 'ENISA', year: '2026' }))
    expect(html).not.toContain('?edition=')
  })

  it('offers nothing newer when the newest is shown, and nothing at all without an edition', () => {
    expect(render(y2026, [y2026, y2020])).not.toContain('?edition=')
    expect(render(null, [y2026])).toBe('')
  })
})
