// What the four detail pages (practices, guidelines, asset types, threats) share: reading the language and slug of
// the URL, loading the document's detail (or answering Next's 404), and the page metadata from its SEO fields.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { documentMetadata, type SeoDocument } from '@/seo/documentMetadata'
import { isLocale, type Locale } from '@/translations/locales'

export type DetailProps = { params: Promise<{ locale: string; slug: string }> }

type Load<T> = (locale: Locale, slug: string) => Promise<T | null>

/** The page's language, its slug and what it shows; a 404 for an unknown language or document. */
export async function loadDetail<T>(params: DetailProps['params'], load: Load<T>) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const detail = await load(locale, slug)
  if (!detail) notFound()
  return { locale, slug, detail }
}

/** generateMetadata of a detail page under `/{locale}/{section}/{slug}`. */
export const detailMetadata =
  <T>(section: string, load: Load<T>, documentOf: (detail: T) => SeoDocument) =>
  async ({ params }: DetailProps): Promise<Metadata> => {
    const { locale, slug } = await params
    if (!isLocale(locale)) return {}
    const detail = await load(locale, slug)
    return detail ? documentMetadata(locale, `/${section}/${slug}`, documentOf(detail)) : {}
  }
