// Labels of the fixed lists (phases, threat groups) in a language: from the glossary, so the interface and the
// content use the same terms.
import { PHASES, THREAT_GROUPS, type Phase, type ThreatGroup } from '@/catalog/taxonomy'
import { glossaries } from './glossary/index'
import type { Locale } from './locales'

export const phaseLabels = (locale: Locale): Record<Phase, string> =>
  Object.fromEntries(PHASES.map((p) => [p, glossaries[locale][`phase_${p}`]])) as Record<Phase, string>

export const groupLabels = (locale: Locale): Record<ThreatGroup, string> =>
  Object.fromEntries(THREAT_GROUPS.map((g) => [g, glossaries[locale][`group_${g}`]])) as Record<ThreatGroup, string>
