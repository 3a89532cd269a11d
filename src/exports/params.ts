// The export request's own parameter, `format`, read from the query. Pure; the filters and the edition are read by
// `parseFilters` and `editionParam`, as on the page (src/exports/selection.ts).

/** The export formats and the content type each is served with. */
export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  /** the tender document (src/exports/tenderDocx.ts), a DOCX too */
  tender: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  /** the supplier questionnaire (src/exports/questionnaire.ts) */
  questionnaire: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** The file extension of each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  docx: 'docx',
  tender: 'docx',
  questionnaire: 'xlsx',
}

export type ExportFormat = keyof typeof EXPORT_TYPES

/**
 * The format asked for; null when missing or not one of the formats (the route answers 400). Only the formats' own
 * names are formats: `format=toString` or `format=__proto__` name properties every object inherits, not formats.
 */
export function readExportFormat(query: URLSearchParams): ExportFormat | null {
  const raw = query.get('format') ?? ''
  return Object.hasOwn(EXPORT_TYPES, raw) ? (raw as ExportFormat) : null
}
