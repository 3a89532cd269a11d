import type { TenderRequirement } from '@/tender/clauses'
import type { Stage, Strength } from '@/tender/stages'
import type { UiDictionary } from '@/translations/ui/en'

/** One practice as exported: plain data in the export's language (English where not translated). */
export type ExportPractice = {
  slug: string
  code: string
  phase: string
  phaseLabel: string
  title: string
  summary: string
  /** the practice's public page; null when no public address (SERVER_URL) is configured */
  url: string | null
  textLocale: string
  machineTranslation: boolean
  addressed: boolean
  /** the asset types and threats this practice is key for */
  assets: Array<{ slug: string; title: string }>
  threats: Array<{ slug: string; title: string }>
  /** those it is only related to */
  relatedAssets: Array<{ slug: string; title: string }>
  relatedThreats: Array<{ slug: string; title: string }>
  requirements: ExportRequirement[]
}

/** A requirement as exported: its text, and where it goes in an EU tender (src/tender/stages.ts). */
export type ExportRequirement = Omit<TenderRequirement, 'english'>

/** What the export is about: the choices made, the language, the date and the edition. */
export type ExportContext = {
  locale: string
  languageName: string
  /** ISO date-time of the export */
  generatedAt: string
  edition: { slug: string; title: string; publisher: string; sourceUrl: string }
  chosen: { assets: string[]; threats: string[]; phases: string[]; q: string; packs: string[] }
  filters: { asset: string[]; threat: string[]; phase: string[]; q: string; ids: string[]; pack: string[] }
  messages: UiDictionary
}

type Named = { doc: { slug: string; title: string } }

/** What the exports read of a catalogue (src/queries/catalog.ts gives one): the shape, not the read layer. */
export type ExportSource = {
  locale: string
  edition: { doc: ExportContext['edition'] } | null
  assets: Named[]
  threats: Named[]
  practices: Array<{ doc: { slug: string; requirements?: SourceRequirement[] | null } }>
  references: Array<{ doc: { id: string; label: string } }>
  packs: Named[]
}

type SourceRequirement = {
  id?: string | null
  requirement: string
  evidence: string
  placement?: Stage | null
  strength?: Strength | null
  weight?: number | null
  cites?: Array<string | { id: string }> | null
}
