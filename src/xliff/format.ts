// XLIFF 2.0 exchange with translators' CAT tools: build a file from source/target units, and read one back with
// precise errors. Pure; uses fast-xml-parser (no string concatenation of XML).
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

/** One translatable text: a stable id (collection:slug:field[:row]), the English source and the current target. */
export type XliffUnit = { id: string; source: string; target?: string | null; note?: string }

export class XliffError extends Error {}

export function buildXliff(
  units: XliffUnit[],
  languages: { srcLang: string; trgLang: string },
  fileId = 'procuresec',
): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
  })
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NAMESPACE,
      '@_version': '2.0',
      '@_srcLang': languages.srcLang,
      '@_trgLang': languages.trgLang,
      file: {
        '@_id': fileId,
        unit: units.map((unit) => ({
          '@_id': unit.id,
          ...(unit.note ? { notes: { note: unit.note } } : {}),
          segment: { source: unit.source, ...(unit.target ? { target: unit.target } : {}) },
        })),
      },
    },
  })
  return xml
}

type ParsedUnit = { '@_id'?: string; segment?: ParsedSegment[] }
type ParsedSegment = { source?: unknown; target?: unknown }

const text = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') {
    // Inline markup (e.g. <ph/>) is not used by this project's texts: refuse rather than silently drop it.
    const keys = Object.keys(value as object).filter((k) => k !== '#text')
    if (keys.length > 0) throw new XliffError(`Inline markup <${keys[0]}> is not supported; use plain text.`)
    return String((value as { '#text'?: unknown })['#text'] ?? '')
  }
  return String(value)
}

/** Reads an XLIFF 2.x file; throws XliffError with a precise message when it is not one. */
export function parseXliff(xml: string): { srcLang: string; trgLang: string; units: XliffUnit[] } {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new XliffError(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => ['file', 'unit', 'segment'].includes(name),
  })
  let doc: { xliff?: Record<string, unknown> }
  try {
    doc = parser.parse(xml) as typeof doc
  } catch (error) {
    // The validator lets a few malformed files through (e.g. an unclosed <?xml …?>) that the parser then refuses.
    throw new XliffError(`Not well-formed XML: ${error instanceof Error ? error.message : String(error)}`)
  }
  const root = doc.xliff
  if (!root) throw new XliffError('The root element must be <xliff>.')
  const version = String(root['@_version'] ?? '')
  if (!version.startsWith('2.'))
    throw new XliffError(`Only XLIFF 2.x is accepted; this file is version "${version || 'unknown'}".`)
  const srcLang = String(root['@_srcLang'] ?? '')
  const trgLang = String(root['@_trgLang'] ?? '')
  if (!srcLang || !trgLang) throw new XliffError('The <xliff> element needs srcLang and trgLang attributes.')
  const files = (root.file as Array<{ unit?: ParsedUnit[] }> | undefined) ?? []
  const units: XliffUnit[] = []
  const seen = new Set<string>()
  for (const file of files) {
    for (const unit of file.unit ?? []) {
      const id = unit['@_id']
      if (!id) throw new XliffError('A <unit> has no id.')
      if (seen.has(id)) throw new XliffError(`The unit id "${id}" appears twice.`)
      seen.add(id)
      const segments = unit.segment ?? []
      if (segments.length !== 1) throw new XliffError(`Unit "${id}" must have exactly one <segment>.`)
      const segment = segments[0]!
      units.push({
        id,
        source: text(segment.source),
        target: segment.target === undefined ? null : text(segment.target),
      })
    }
  }
  if (units.length === 0) throw new XliffError('The file contains no <unit>.')
  return { srcLang, trgLang, units }
}
