import { editionParam } from '@/catalog/filters'

// The export request's own parameters (`format`, `edition`), read from the query. Pure; the filters are read by
// `parseFilters`, as on the page.

/** The export formats and the content type each is served with. */
export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

export type ExportFormat = keyof typeof EXPORT_TYPES

export type ExportParams = {
  /** null when `format` is missing or not one of the formats (the route answers 400) */
  format: ExportFormat | null
  /** the first of the `edition` values, trimmed and lowercased, as the page reads it; undefined: the newest edition */
  edition: string | undefined
}

/**
 * Reads `format` and `edition`. Only the formats' own names are formats: `format=toString` or `format=__proto__`
 * name properties every object inherits, not formats.
 */
export function readExportParams(query: URLSearchParams): ExportParams {
  const raw = query.get('format') ?? ''
  const format = Object.hasOwn(EXPORT_TYPES, raw) ? (raw as ExportFormat) : null
  return { format, edition: editionParam(query) }
}
