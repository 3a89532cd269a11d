import { stringify } from 'csv-stringify/sync'

import type { ExportContext, ExportPractice } from './types'

/** A byte-order mark, so that Excel opens the UTF-8 file with the right characters. */
const BOM = '\uFEFF'

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
const neutralise = (cell: string): string => (/^[=+@\t\r]|^-\S/.test(cell) ? `'${cell}` : cell)

/** One row per requirement, headers in the export's language; RFC 4180 quoting and CRLF line ends. */
export function practicesToCsv(practices: ExportPractice[], context: ExportContext): string {
  const m = context.messages
  const header = [
    m.exportCode,
    m.exportTitleColumn,
    m.phaseLabel,
    m.exportRequirementId,
    m.requirementColumn,
    m.evidenceColumn,
    m.addressed,
    m.assetsHeading,
    m.threatsHeading,
    m.exportUrl,
  ]
  const rows = practices.flatMap((p) =>
    p.requirements.map((r) => [
      p.code,
      p.title,
      p.phaseLabel,
      r.id,
      r.requirement,
      r.evidence,
      p.addressed ? m.exportAddressedYes : m.exportAddressedNo,
      p.assets.map((a) => a.title).join('; '),
      p.threats.map((t) => t.title).join('; '),
      p.url ?? '',
    ]),
  )
  return (
    BOM +
    stringify(
      [header, ...rows].map((row) => row.map(neutralise)),
      { record_delimiter: 'windows' },
    )
  )
}
