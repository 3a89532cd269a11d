// The practices an export or the print view holds, read from the tool's query: the same filters as the page,
// `ids` for a hand-picked list, `addressed` for the ticks. Glue between the request, the catalogue and the pure
// export builders (fromCatalog.ts).
import { editionParam, parseFilters, rawValues, type Filters, type QueryInput } from '@/catalog/filters'
import { matchPractices, type CatalogPractice, type CatalogThreat } from '@/catalog/match'
import { getCatalog, knownValues } from '@/queries/catalog'
import { publicSiteUrl } from '@/seo/pageMetadata'
import { groupLabels, phaseLabels } from '@/translations/labels'
import { LOCALE_NAMES, type Locale } from '@/translations/locales'
import { messagesFor } from '@/translations/t'
import { exportContext, exportPractices } from './fromCatalog'
import type { ExportContext, ExportPractice } from './types'

/** `filters`: as read from the query (unknown values dropped), to link back to the same answer. */
export type Selection = { practices: ExportPractice[]; context: ExportContext; filters: Filters }

/**
 * `ids` that leave out nothing the other filters choose are not a hand-picked list (the tender panel sends every
 * practice it shows, ticked, when JavaScript is off): dropped, so that the document names the selection it was
 * built from, not "picked by hand".
 */
function withoutNeedlessIds(filters: Filters, items: CatalogPractice[], threats: CatalogThreat[]): Filters {
  if (filters.ids.length === 0) return filters
  const picked = new Set(filters.ids)
  const chosen = matchPractices(items, { ...filters, ids: [] }, threats)
  return chosen.every((r) => picked.has(r.practice.slug)) ? { ...filters, ids: [] } : filters
}

/** null when no edition is published (nothing to export). */
export async function readSelection(locale: Locale, query: QueryInput): Promise<Selection | null> {
  const catalog = await getCatalog(locale, editionParam(query))
  if (!catalog.edition) return null
  const known = knownValues(catalog)
  const parsed = parseFilters(query, known).filters
  // The ticks are practice slugs, read by the same rules as `ids`.
  const addressed = new Set(parseFilters({ ids: rawValues(query, 'addressed') }, known).filters.ids)
  const labels = { phases: phaseLabels(locale), groups: groupLabels(locale) }
  const filters = withoutNeedlessIds(parsed, catalog.items, catalog.threatGroups)
  const results = matchPractices(catalog.items, filters, catalog.threatGroups)
  return {
    filters,
    practices: exportPractices(catalog, results, addressed, publicSiteUrl(), labels),
    context: exportContext(catalog, filters, messagesFor(locale), LOCALE_NAMES[locale], labels),
  }
}
