import { format, formatDate } from '@/translations/format'
import type { ExportContext } from './types'

/**
 * What an export is about, as label/value rows in its language: the filters chosen (or that the list was picked by
 * hand: the filters did not choose it), the edition, the language and the date. Used by the DOCX and the print view.
 */
export function contextRows(context: ExportContext): Array<[string, string]> {
  const m = context.messages
  const all = m.exportAll
  const picked = context.filters.ids.length
  const chosen: Array<[string, string]> = picked
    ? [[m.exportSelection, format(m.exportPicked, { count: picked })]]
    : [
        [m.assetsHeading, context.chosen.assets.join(', ') || all],
        [m.threatsHeading, context.chosen.threats.join(', ') || all],
        [m.phaseLabel, context.chosen.phases.join(', ') || all],
        ...(context.chosen.q ? ([[m.searchLabel, context.chosen.q]] as Array<[string, string]>) : []),
      ]
  return [
    ...chosen,
    [m.editionOf, context.edition.title],
    [m.exportLanguage, context.languageName],
    [m.exportDate, formatDate(context.locale, context.generatedAt)],
  ]
}
