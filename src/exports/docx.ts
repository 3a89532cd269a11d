import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

import { format } from '@/translations/format'
import { contextRows } from './contextRows'
import { HEADER_FILL, tableBorders } from './docxStyle'
import type { ExportContext, ExportPractice } from './types'

const cell = (text: string, options: { bold?: boolean; shade?: boolean; lang?: string } = {}) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    shading: options.shade ? { fill: HEADER_FILL } : undefined,
    children: [
      new Paragraph({
        children: [
          new TextRun({ text, bold: options.bold, language: options.lang ? { value: options.lang } : undefined }),
        ],
      }),
    ],
  })

function contextTable(context: ExportContext): Table {
  const rows = contextRows(context)
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: tableBorders,
    rows: rows.map(
      ([label, value]) => new TableRow({ children: [cell(label, { bold: true, shade: true }), cell(value)] }),
    ),
  })
}

function practiceBlock(p: ExportPractice, context: ExportContext): Array<Paragraph | Table> {
  const m = context.messages
  const lang = p.textLocale
  const notes = [
    ...(p.textLocale !== context.locale ? [format(m.shownInEnglish, { language: context.languageName })] : []),
    ...(p.machineTranslation ? [m.machineTranslation] : []),
  ]
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: `${p.code} ${p.title}`, language: { value: lang } })],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: `${m.phaseLabel}: ${p.phaseLabel}`, italics: true }),
        new TextRun({ text: `   ${p.addressed ? '☑' : '☐'} ${m.addressed}` }),
      ],
    }),
    ...notes.map((note) => new Paragraph({ children: [new TextRun({ text: note, italics: true, color: '7A5B00' })] })),
    new Paragraph({ children: [new TextRun({ text: p.summary, language: { value: lang } })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: tableBorders,
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            cell(m.requirementColumn, { bold: true, shade: true }),
            cell(m.evidenceColumn, { bold: true, shade: true }),
          ],
        }),
        ...p.requirements.map(
          (r) => new TableRow({ children: [cell(r.requirement, { lang }), cell(r.evidence, { lang })] }),
        ),
      ],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: p.url
        ? [
            new ExternalHyperlink({
              link: p.url,
              children: [new TextRun({ text: p.url, style: 'Hyperlink', size: 18 })],
            }),
          ]
        : [],
    }),
  ]
}

/** A tender annex a buyer can edit in Word or LibreOffice: the context, then each practice with its requirements. */
export async function practicesToDocx(practices: ExportPractice[], context: ExportContext): Promise<Buffer> {
  const m = context.messages
  const source = format(m.exportSourceNote, { edition: context.edition.title, publisher: context.edition.publisher })
  const doc = new Document({
    creator: 'ProcureSec',
    title: m.exportTitle,
    description: source,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: context.locale } } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: source, size: 16 })] }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.exportTitle)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(m.exportContext)] }),
          contextTable(context),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(m.practicesHeading)] }),
          ...practices.flatMap((p) => practiceBlock(p, context)),
          new Paragraph({ children: [new TextRun({ text: source, italics: true })] }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: context.edition.sourceUrl,
                children: [new TextRun({ text: context.edition.sourceUrl, style: 'Hyperlink' })],
              }),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
