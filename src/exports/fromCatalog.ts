// Builds the export's plain data from the catalog and the filters. Pure: no database, no framework.
import type { Filters } from '@/catalog/filters'
import type { MatchResult } from '@/catalog/match'
import type { Phase, ThreatGroup } from '@/catalog/taxonomy'
import type { UiDictionary } from '@/translations/ui/en'
import type { ExportContext, ExportPractice, ExportSource } from './types'

type Labels = { phases: Record<Phase, string>; groups: Record<ThreatGroup, string> }

export function exportPractices(
  catalog: ExportSource,
  results: MatchResult[],
  addressed: Set<string>,
  baseUrl: string | null,
  labels: Labels,
): ExportPractice[] {
  const assetTitle = new Map(catalog.assets.map((a) => [a.doc.slug, a.doc.title]))
  const threatTitle = new Map(catalog.threats.map((t) => [t.doc.slug, t.doc.title]))
  const docs = new Map(catalog.practices.map((p) => [p.doc.slug, p.doc]))
  const referenceLabel = new Map(catalog.references.map((r) => [r.doc.id, r.doc.label]))
  return results.map(({ practice }) => {
    const doc = docs.get(practice.slug)!
    return {
      slug: practice.slug,
      code: practice.code,
      phase: practice.phase,
      phaseLabel: labels.phases[practice.phase],
      title: practice.title,
      summary: practice.summary,
      url: baseUrl ? `${baseUrl}/${catalog.locale}/good-practices/${practice.slug}` : null,
      textLocale: practice.textLocale,
      machineTranslation: Boolean(practice.machine),
      addressed: addressed.has(practice.slug),
      assets: practice.assets.map((slug) => ({ slug, title: assetTitle.get(slug) ?? slug })),
      threats: practice.threats.map((slug) => ({ slug, title: threatTitle.get(slug) ?? slug })),
      relatedAssets: practice.relatedAssets.map((slug) => ({ slug, title: assetTitle.get(slug) ?? slug })),
      relatedThreats: practice.relatedThreats.map((slug) => ({ slug, title: threatTitle.get(slug) ?? slug })),
      requirements: (doc.requirements ?? []).map((r, i) => ({
        id: r.id ?? `${practice.slug}-${i + 1}`,
        requirement: r.requirement,
        evidence: r.evidence,
        // A row stored before placements existed (or sent without one) counts as a mandatory specification.
        placement: r.placement ?? 'specification',
        strength: r.strength ?? 'mandatory',
        weight: r.placement === 'award' ? (r.weight ?? null) : null,
        // A reference not published (or removed) is not cited: only what the public can see is named.
        standards: (r.cites ?? [])
          .map((cited) => referenceLabel.get(typeof cited === 'string' ? cited : cited.id))
          .filter((label): label is string => Boolean(label)),
      })),
    }
  })
}

export function exportContext(
  catalog: ExportSource,
  filters: Filters,
  messages: UiDictionary,
  languageName: string,
  labels: Labels,
  now: Date = new Date(),
): ExportContext {
  const assetTitle = new Map(catalog.assets.map((a) => [a.doc.slug, a.doc.title]))
  const threatTitle = new Map(catalog.threats.map((t) => [t.doc.slug, t.doc.title]))
  const packTitle = new Map(catalog.packs.map((k) => [k.doc.slug, k.doc.title]))
  const edition = catalog.edition!.doc
  return {
    locale: catalog.locale,
    languageName,
    generatedAt: now.toISOString(),
    edition: { slug: edition.slug, title: edition.title, publisher: edition.publisher, sourceUrl: edition.sourceUrl },
    chosen: {
      assets: filters.assets.map((s) => assetTitle.get(s) ?? s),
      threats: filters.threats.map((s) => labels.groups[s as ThreatGroup] ?? threatTitle.get(s) ?? s),
      phases: filters.phases.map((p) => labels.phases[p]),
      q: filters.q,
      packs: filters.packs.map((s) => packTitle.get(s) ?? s),
    },
    filters: {
      asset: filters.assets,
      threat: filters.threats,
      phase: filters.phases,
      q: filters.q,
      ids: filters.ids,
      pack: filters.packs,
    },
    messages,
  }
}
