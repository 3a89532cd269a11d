// Default SEO title and description for content documents, offered by the SEO plugin's "auto-generate" buttons and
// used by the public pages when an editor leaves the meta fields empty.

/** The content collections with public pages of their own: the SEO plugin adds its fields to these. */
export const PAGE_COLLECTIONS = ['guidelines', 'good-practices', 'assets', 'threats', 'packs'] as const

const SITE_NAME = 'ProcureSec'
const DESCRIPTION_LIMIT = 160

type SeoSource = { title?: unknown; code?: unknown; summary?: unknown }

export function defaultSeoTitle(doc: SeoSource | undefined): string {
  const title = typeof doc?.title === 'string' ? doc.title.trim() : ''
  const code = typeof doc?.code === 'string' ? doc.code.trim() : ''
  const base = code && title ? `${code} ${title}` : title
  return base ? `${base} · ${SITE_NAME}` : SITE_NAME
}

export function defaultSeoDescription(doc: SeoSource | undefined): string {
  const summary = typeof doc?.summary === 'string' ? doc.summary.replace(/\s+/g, ' ').trim() : ''
  if (summary.length <= DESCRIPTION_LIMIT) return summary
  const cut = summary.slice(0, DESCRIPTION_LIMIT - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`
}

export const seoDefaults = {
  title: ({ doc }: { doc: SeoSource }) => defaultSeoTitle(doc),
  description: ({ doc }: { doc: SeoSource }) => defaultSeoDescription(doc),
}
