import type { Filters, UnknownValue } from '@/catalog/filters'
import type { CatalogPractice } from '@/catalog/match'
import type { Phase, ThreatGroup } from '@/catalog/taxonomy'
import type { UiDictionary } from '@/translations/ui/en'

/** What the tool page hands to the (client) tool: plain data only. */
export type ToolProps = {
  locale: string
  localeName: string
  messages: UiDictionary
  phaseLabels: Record<Phase, string>
  groupLabels: Record<ThreatGroup, string>
  /** `hint`: a few examples of what the asset type covers ("CT, MRI…"), shown under its name */
  assets: Array<{ slug: string; title: string; textLocale: string; hint?: string }>
  threats: Array<{ slug: string; title: string; group: ThreatGroup; textLocale: string }>
  editions: Array<{ slug: string; title: string }>
  edition: { slug: string; title: string } | null
  practices: CatalogPractice[]
  initialFilters: Filters
  unknown: UnknownValue[]
}
