import { parseFilters } from '@/catalog/filters'
import { matchPractices } from '@/catalog/match'
import { practicesToCsv } from '@/exports/csv'
import { practicesToDocx } from '@/exports/docx'
import { exportContext, exportPractices } from '@/exports/fromCatalog'
import { practicesToJson } from '@/exports/json'
import { EXPORT_TYPES, readExportParams } from '@/exports/params'
import { getCatalog, knownValues } from '@/queries/catalog'
import { siteUrl } from '@/seo/pageMetadata'
import { groupLabels, phaseLabels } from '@/translations/labels'
import { isLocale, LOCALE_NAMES } from '@/translations/locales'
import { messagesFor, t } from '@/translations/t'

export const dynamic = 'force-dynamic'

/** `/{locale}/export?format=csv|docx|json` with the tool's filters, `ids` for a hand-picked list, `addressed` ticks. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const query = new URL(request.url).searchParams
  const { format: type, edition } = readExportParams(query)
  if (!type) {
    return new Response(t(locale, 'exportBadFormat'), {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const catalog = await getCatalog(locale, edition)
  if (!catalog.edition)
    return new Response(t(locale, 'noContent'), {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  const known = knownValues(catalog)
  const { filters } = parseFilters(query, known)
  // The ticks are practice slugs, read by the same rules as `ids`.
  const addressed = new Set(parseFilters({ ids: query.getAll('addressed') }, known).filters.ids)
  const labels = { phases: phaseLabels(locale), groups: groupLabels(locale) }
  const results = matchPractices(catalog.items, filters, catalog.threatGroups)
  const practices = exportPractices(catalog, results, addressed, siteUrl(), labels)
  const context = exportContext(catalog, filters, messagesFor(locale), LOCALE_NAMES[locale], labels)
  const body =
    type === 'csv'
      ? practicesToCsv(practices, context)
      : type === 'json'
        ? practicesToJson(practices, context)
        : new Uint8Array(await practicesToDocx(practices, context))
  const filename = `procuresec-${catalog.edition.doc.slug}-${locale}.${type}`
  return new Response(body, {
    headers: {
      'content-type': EXPORT_TYPES[type],
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  })
}
