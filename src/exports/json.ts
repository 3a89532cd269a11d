import type { ExportContext, ExportPractice } from './types'

/** Version of the JSON export's shape (documented in the README); raised on any incompatible change. */
export const JSON_EXPORT_SCHEMA = 'procuresec.selection/3'

export function practicesToJson(practices: ExportPractice[], context: ExportContext): string {
  return JSON.stringify(
    {
      schema: JSON_EXPORT_SCHEMA,
      generatedAt: context.generatedAt,
      locale: context.locale,
      edition: context.edition,
      filters: context.filters,
      practices,
    },
    null,
    2,
  )
}
