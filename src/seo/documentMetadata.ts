import type { Metadata } from 'next'

import { defaultSeoDescription, defaultSeoTitle } from './defaults'
import type { Locale } from '@/translations/locales'
import { pageMetadata } from './pageMetadata'

export type SeoDocument = {
  title?: string | null
  code?: string | null
  summary?: string | null
  meta?: { title?: string | null; description?: string | null; image?: unknown } | null
}

/** A detail page's metadata: the SEO fields an editor set, else defaults from the title and summary. */
export function documentMetadata(locale: Locale, path: string, doc: SeoDocument): Metadata {
  const image = doc.meta?.image as { sizes?: { og?: { url?: string | null } } } | null | undefined
  return pageMetadata({
    locale,
    path,
    title: doc.meta?.title || defaultSeoTitle(doc),
    description: doc.meta?.description || defaultSeoDescription(doc),
    image: image?.sizes?.og?.url ?? undefined,
  })
}
