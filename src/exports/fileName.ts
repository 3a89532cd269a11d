import { EXPORT_EXTENSIONS, type ExportFormat } from './params'
import type { ExportContext } from './types'

/** Longer selections are named by kind only: file names stay short enough for every file system and mail client. */
const MAX_SELECTION = 80

/**
 * The export's file name says what it holds: edition, language, and the selection, e.g.
 * `procuresec_procurement-guidelines-2020_pt_medical-devices+ransomware.docx`, `…_pt_picked-5.csv` for a hand-picked
 * list, `…_pt_all.json` for everything; the tender document is `…_pt_medical-devices_tender.docx`. Only known slugs reach the context (parseFilters), so the name is plain ASCII.
 */
export function exportFileName(context: ExportContext, format: ExportFormat): string {
  const { asset, threat, phase, q, ids, pack } = context.filters
  const chosen = [...pack, ...asset, ...threat, ...phase, ...(q ? ['search'] : [])].join('+')
  const selection =
    ids.length > 0 ? `picked-${ids.length}` : chosen.length > MAX_SELECTION ? 'filtered' : chosen || 'all'
  const kind = format === 'tender' ? '_tender' : format === 'questionnaire' ? '_questionnaire' : ''
  return `procuresec_${context.edition.slug}_${context.locale}_${selection}${kind}.${EXPORT_EXTENSIONS[format]}`
}
