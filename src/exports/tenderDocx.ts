// The tender document (DOCX): the cybersecurity part of an EU tender, one section per stage, with real Word structure
// (heading styles and numbering, repeating table headers, a language on every run, page numbers). Pure: data in,
// bytes out.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

import type { Clause, TenderSection } from '@/tender/clauses'
import type { TenderChoices } from '@/tender/options'
import { format } from '@/translations/format'
import { contextRows } from './contextRows'
import { HEADER_FILL, tableBorders } from './docxStyle'
import type { ExportContext } from './types'

export type TenderDocument = {
  context: ExportContext
  sections: TenderSection[]
  /** the words "or equivalent" in the document's language (the glossary's legal term) */
  orEquivalent: string
  choices: TenderChoices
}

const HEADINGS = 'procuresec-headings'
const run = (text: string, lang: string, more: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, language: { value: lang }, ...more })

const para = (children: Array<TextRun | ExternalHyperlink>, more: { spacing?: { after?: number } } = {}) =>
  new Paragraph({ children, ...more })

function cell(text: string, lang: string, options: { header?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.header ? { fill: HEADER_FILL } : undefined,
    children: [para([run(text, lang, { bold: options.header })])],
  })
}

/** A table whose first row (if any) is a header that Word repeats on every page the table runs over. */
function table(
  header: string[] | null,
  rows: Array<Array<{ text: string; lang: string }>>,
  lang: string,
  widths: number[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: tableBorders,
    rows: [
      ...(header
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: header.map((h, i) => cell(h, lang, { header: true, width: widths[i] })),
            }),
          ]
        : []),
      ...rows.map(
        (cells) =>
          new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c.text, c.lang, { width: widths[i] })) }),
      ),
    ],
  })
}

/** A stage heading: Heading 1 with Word's own numbering (1., 2., …), so the navigation pane lists the stages. */
const stageHeading = (text: string, lang: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    numbering: { reference: HEADINGS, level: 0 },
    children: [run(text, lang)],
  })

function clauseBlock(clause: Clause, doc: TenderDocument): Paragraph[] {
  const m = doc.context.messages
  const locale = doc.context.locale
  const lang = clause.practice.textLocale
  const strength = clause.strength === 'mandatory' ? m.strength_mandatory : m.strength_recommended
  const paragraphs = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [run(`${clause.number} `, locale), run(`(${strength})`, locale, { italics: true })],
    }),
    para([run(clause.requirement, lang)]),
  ]
  if (doc.choices.bilingual && clause.english && lang !== 'en')
    paragraphs.push(para([run(clause.english.requirement, 'en', { italics: true, size: 20 })]))
  if (clause.standards.length > 0)
    paragraphs.push(
      para([
        run(`${m.tenderStandards}: `, locale, { bold: true }),
        // Art. 42(3)(b): every cited standard is followed by "or equivalent", in the document's language.
        run(clause.standards.map((s) => `${s} ${doc.orEquivalent}`).join('; '), locale),
      ]),
    )
  paragraphs.push(para([run(`${m.tenderEvidence}: `, locale, { bold: true }), run(clause.evidence, lang)]))
  if (doc.choices.bilingual && clause.english && lang !== 'en')
    paragraphs.push(para([run(clause.english.evidence, 'en', { italics: true, size: 20 })]))
  const source = `${clause.practice.code} ${clause.practice.title}`
  paragraphs.push(
    para(
      [
        run(`${m.tenderSource}: `, locale, { italics: true, size: 18 }),
        clause.practice.url
          ? new ExternalHyperlink({
              link: clause.practice.url,
              children: [new TextRun({ text: source, style: 'Hyperlink', size: 18, language: { value: lang } })],
            })
          : run(source, lang, { size: 18 }),
      ],
      { spacing: { after: 200 } },
    ),
  )
  return paragraphs
}

function stageBlock(section: TenderSection, doc: TenderDocument): Array<Paragraph | Table> {
  const m = doc.context.messages
  const locale = doc.context.locale
  const out: Array<Paragraph | Table> = [
    stageHeading(m[`stage_${section.stage}`], locale),
    para([run(m[`stageIntro_${section.stage}`], locale, { italics: true })]),
  ]
  if (section.clauses.length === 0) return [...out, para([run(m.tenderStageEmpty, locale)])]
  out.push(...section.clauses.flatMap((clause) => clauseBlock(clause, doc)))
  if (section.stage === 'award') {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(m.scoringHeading, locale)] }))
    out.push(
      table(
        [m.tenderClause, m.scoringCriterion, m.scoringWeight],
        [
          ...section.clauses.map((c) => [
            { text: c.number, lang: locale },
            { text: c.requirement, lang: c.practice.textLocale },
            { text: String(c.points ?? 0), lang: locale },
          ]),
          [
            { text: m.scoringTotal, lang: locale },
            { text: '', lang: locale },
            { text: String(section.clauses.reduce((sum, c) => sum + (c.points ?? 0), 0)), lang: locale },
          ],
        ],
        locale,
        [15, 65, 20],
      ),
    )
  }
  return out
}

function checklist(doc: TenderDocument): Array<Paragraph | Table> {
  const m = doc.context.messages
  const locale = doc.context.locale
  const withClauses = doc.sections.filter((s) => s.clauses.length > 0)
  if (withClauses.length === 0) return []
  return [
    stageHeading(m.checklistHeading, locale),
    ...withClauses.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(m[`stage_${section.stage}`], locale)] }),
      table(
        [m.tenderClause, m.tenderEvidence, m.checklistSubmitted],
        section.clauses.map((c) => [
          { text: c.number, lang: locale },
          { text: c.evidence, lang: c.practice.textLocale },
          { text: '☐', lang: locale },
        ]),
        locale,
        [15, 65, 20],
      ),
    ]),
  ]
}

/** "Page {page} of {pages}" with Word's page fields in place of the placeholders. */
function pageLine(template: string, locale: string): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16 })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
          : new TextRun({ text: part, size: 16, language: { value: locale } }),
    )
}

/** The choices the document was built with, as label/value rows for the cover. */
function choiceRows({ context: { messages: m }, choices }: TenderDocument): Array<[string, string]> {
  return [
    [m.tenderStagesLegend, choices.stages.map((stage) => m[`stage_${stage}`]).join(', ')],
    [m.tenderRequirementsLabel, choices.mandatoryOnly ? m.tenderMandatoryOnly : m.tenderAllStrengths],
    [m.tenderBilingualLabel, choices.bilingual ? m.exportAddressedYes : m.exportAddressedNo],
  ]
}

/** The tender document a buyer edits and publishes with the tender, in the page's language. */
export async function tenderToDocx(doc: TenderDocument): Promise<Buffer> {
  const { context } = doc
  const m = context.messages
  const locale = context.locale
  const source = format(m.exportSourceNote, { edition: context.edition.title, publisher: context.edition.publisher })
  const cover = [...contextRows(context), ...choiceRows(doc)]
  const document = new Document({
    creator: 'ProcureSec',
    title: m.tenderTitle,
    description: source,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: locale } } } } },
    numbering: {
      config: [
        {
          reference: HEADINGS,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageLine(m.tenderPage, locale) })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [run(m.tenderTitle, locale)] }),
          para([run(m.tenderIntro, locale)]),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(m.exportContext, locale)] }),
          table(
            null,
            cover.map(([label, value]) => [
              { text: label, lang: locale },
              { text: value, lang: locale },
            ]),
            locale,
            [35, 65],
          ),
          para([run(m.tenderDisclaimer, locale, { bold: true })]),
          para([run(m.paraphraseNotice, locale, { italics: true })]),
          para([run(source, locale, { italics: true })]),
          ...doc.sections.flatMap((section) => stageBlock(section, doc)),
          ...checklist(doc),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
