import { format, formatDate } from '@/translations/format'
import type { ExportContext } from './types'

/**
 * What an export is about, as label/value rows in its language: the filters chosen (or that the list was picked by
 * hand: the filters did not choose it), the edition, the language and the date. Used by the DOCX and the print view.
 */
export function contextRows(context: ExportContext): Array<[string, string]> {
  const m = context.messages
  const all = m.exportAll
  const { chosen } = context
  const picked = context.filters.ids.length
  const filtered =
    chosen.packs.length + chosen.assets.length + chosen.threats.length + chosen.phases.length > 0 || chosen.q !== ''
  // A list picked by hand from nothing says only that; picked from a selection (practices left out of a pack's
  // tender), it says both.
  const filterRows: Array<[string, string]> =
    picked && !filtered
      ? []
      : [
          ...(chosen.packs.length ? ([[m.packLabel, chosen.packs.join(', ')]] as Array<[string, string]>) : []),
          [m.assetsHeading, chosen.assets.join(', ') || all],
          [m.threatsHeading, chosen.threats.join(', ') || all],
          [m.phaseLabel, chosen.phases.join(', ') || all],
          ...(chosen.q ? ([[m.searchLabel, chosen.q]] as Array<[string, string]>) : []),
        ]
  return [
    ...filterRows,
    ...(picked ? ([[m.exportSelection, format(m.exportPicked, { count: picked })]] as Array<[string, string]>) : []),
    [m.editionOf, context.edition.title],
    [m.exportLanguage, context.languageName],
    [m.exportDate, formatDate(context.locale, context.generatedAt)],
  ]
}
