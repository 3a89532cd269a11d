import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'

import { practicesToCsv } from '@/exports/csv'
import { practicesToDocx } from '@/exports/docx'
import { exportFileName } from '@/exports/fileName'
import { JSON_EXPORT_SCHEMA, practicesToJson } from '@/exports/json'
import type { ExportContext, ExportPractice } from '@/exports/types'
import { format } from '@/translations/format'
import { de } from '@/translations/ui/de'

const practice: ExportPractice = {
  slug: 'require-patching',
  code: 'M6',
  phase: 'manage',
  phaseLabel: 'Verwaltung',
  title: 'Patches verlangen',
  summary: 'Sicherheits-Patches, "rechtzeitig"; auch für Drittsoftware.',
  url: 'https://example.test/de/good-practices/require-patching',
  textLocale: 'de',
  machineTranslation: true,
  addressed: true,
  assets: [{ slug: 'medical-devices', title: 'Medizinprodukte' }],
  threats: [{ slug: 'ransomware', title: 'Ransomware' }],
  relatedAssets: [{ slug: 'networking-equipment', title: 'Netzwerkgeräte' }],
  relatedThreats: [],
  requirements: [
    {
      id: 'r1',
      requirement: 'Der Lieferant liefert Patches innerhalb von [N] Tagen,\nauch "kritische".',
      evidence: 'Patch-SLA',
      placement: 'contract',
      strength: 'mandatory',
      weight: null,
      standards: [],
    },
    {
      id: 'r2',
      requirement: '=HYPERLINK("http://evil")',
      evidence: 'Liste; Historie',
      placement: 'specification',
      strength: 'recommended',
      weight: null,
      standards: ['IEC 62443 series'],
    },
  ],
}

const context: ExportContext = {
  locale: 'de',
  languageName: 'Deutsch',
  generatedAt: '2026-11-28T12:00:00.000Z',
  edition: {
    slug: 'procurement-guidelines-2020',
    title: 'Leitlinien 2020',
    publisher: 'ENISA',
    sourceUrl: 'https://www.enisa.europa.eu/x',
  },
  chosen: { assets: ['Medizinprodukte'], threats: [], phases: ['Verwaltung'], q: '', packs: [] },
  filters: { asset: ['medical-devices'], threat: [], phase: ['manage'], q: '', ids: [], pack: [] },
  messages: de,
}

describe('CSV export', () => {
  const csv = practicesToCsv([practice], context)
  it('starts with a BOM and uses CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('\r\n')
  })
  it('has headers in the page language and one row per requirement, quoted per RFC 4180', () => {
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toContain(de.requirementColumn)
    expect(rows).toHaveLength(2)
    expect(rows[0]![de.requirementColumn]).toBe(
      'Der Lieferant liefert Patches innerhalb von [N] Tagen,\nauch "kritische".',
    )
    expect(rows[0]![de.addressed]).toBe(de.exportAddressedYes)
    // Each requirement row names its stable id, so that answers and tenders can refer to it.
    expect(rows.map((r) => r[de.exportRequirementId])).toEqual(['r1', 'r2'])
    expect(rows[0]![de.exportUrl]).toBe(practice.url)
  })
  it('leaves the link empty when no public address is configured', () => {
    const rows = parse(practicesToCsv([{ ...practice, url: null }], context).slice(1), { columns: true }) as Array<
      Record<string, string>
    >
    expect(rows[0]![de.exportUrl]).toBe('')
  })
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>
    expect(rows[1]![de.requirementColumn]).toBe('\'=HYPERLINK("http://evil")')
  })
})

describe('JSON export', () => {
  it('carries the schema version, the context and stable ids', () => {
    const json = JSON.parse(practicesToJson([practice], context))
    expect(json.schema).toBe(JSON_EXPORT_SCHEMA)
    expect(json.filters.asset).toEqual(['medical-devices'])
    expect(json.practices[0].requirements.map((r: { id: string }) => r.id)).toEqual(['r1', 'r2'])
  })
})

describe('DOCX export', () => {
  it('is a Word document with the context, the requirements table and the source note', async () => {
    const buffer = await practicesToDocx([practice], context)
    const zip = await JSZip.loadAsync(buffer)
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']))
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(text).toContain(de.exportTitle)
    expect(text).toContain('Medizinprodukte')
    expect(text).toContain('M6 Patches verlangen')
    expect(text).toContain(de.evidenceColumn)
    expect(text).toContain('Patch-SLA')
    expect(text).toContain(`☑ ${de.addressed}`)
    expect(text).toContain(de.machineTranslation)
    expect(text).toContain('28. November 2026')
    expect(xml).toContain('w:tbl')
    expect(xml).toContain('https://example.test/de/good-practices/require-patching')
  })

  const documentText = async (practices: ExportPractice[], ctx: ExportContext) =>
    (await (await JSZip.loadAsync(await practicesToDocx(practices, ctx))).file('word/document.xml')!.async('string'))
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')

  it('names a hand-picked list as such, not as "all" asset types, threats and phases', async () => {
    const picked = { ...context, filters: { ...context.filters, asset: [], phase: [], ids: ['require-patching'] } }
    const text = await documentText([practice], {
      ...picked,
      chosen: { assets: [], threats: [], phases: [], q: '', packs: [] },
    })
    expect(text).toContain(`${de.exportSelection}\n${format(de.exportPicked, { count: 1 })}`)
    expect(text).not.toContain(de.exportAll)
  })

  it('carries no link when no public address is configured', async () => {
    const text = await documentText([{ ...practice, url: null }], context)
    expect(text).not.toContain('http://localhost')
    expect(text).not.toContain('example.test')
  })
})

describe('export file names', () => {
  it('say what the file holds: edition, language and selection', () => {
    expect(exportFileName(context, 'docx')).toBe(
      'procuresec_procurement-guidelines-2020_de_medical-devices+manage.docx',
    )
    const none = { ...context, filters: { asset: [], threat: [], phase: [], q: '', ids: [], pack: [] } }
    expect(exportFileName(none, 'csv')).toBe('procuresec_procurement-guidelines-2020_de_all.csv')
    const picked = { ...context, filters: { ...none.filters, ids: ['a', 'b', 'c'] } }
    expect(exportFileName(picked, 'json')).toBe('procuresec_procurement-guidelines-2020_de_picked-3.json')
    const searched = { ...context, filters: { ...none.filters, q: 'Patch "x"/../' } }
    expect(exportFileName(searched, 'csv')).toBe('procuresec_procurement-guidelines-2020_de_search.csv')
    const many = {
      ...context,
      filters: { ...none.filters, threat: Array.from({ length: 12 }, (_, i) => `threat-${i}`) },
    }
    expect(exportFileName(many, 'csv')).toBe('procuresec_procurement-guidelines-2020_de_filtered.csv')
    const pack = { ...context, filters: { ...none.filters, pack: ['pacs-and-medical-imaging'] } }
    expect(exportFileName(pack, 'tender')).toBe(
      'procuresec_procurement-guidelines-2020_de_pacs-and-medical-imaging_tender.docx',
    )
  })
})
