import type { Filters, UnknownValue } from '@/catalog/filters'
import type { CatalogPractice } from '@/catalog/match'
import type { Phase, ThreatGroup } from '@/catalog/taxonomy'
import type { UiDictionary } from '@/translations/ui/en'

/** A short line under a facet option, in its own language (examples fall back to English as a whole). */
export type FacetHint = { text: string; lang: string }

/** What the tool page hands to the (client) tool: plain data only. */
export type ToolProps = {
  locale: string
  localeName: string
  messages: UiDictionary
  phaseLabels: Record<Phase, string>
  groupLabels: Record<ThreatGroup, string>
  /** `hint`: a few examples of what the asset type covers ("CT, MRI…") or the threat looks like, under its name */
  assets: Array<{ slug: string; title: string; textLocale: string; hint?: FacetHint }>
  threats: Array<{ slug: string; title: string; group: ThreatGroup; textLocale: string; hint?: FacetHint }>
  /** the edition's procurement packs (a `pack` filter shows the practices one recommends) */
  packs: Array<{ slug: string; title: string; textLocale: string }>
  editions: Array<{ slug: string; title: string }>
  edition: { slug: string; title: string } | null
  practices: CatalogPractice[]
  initialFilters: Filters
  unknown: UnknownValue[]
}
