// The practices of an export as the tender needs them, with the English text beside each requirement when the
// document is bilingual. Pure.
import type { TenderPractice } from '@/tender/clauses'
import type { ExportPractice } from './types'

/** The English text of each requirement, by requirement id (rows are shared by all languages). */
export type EnglishRequirements = Map<string, { requirement: string; evidence: string }>

export function tenderPractices(practices: ExportPractice[], english: EnglishRequirements | null): TenderPractice[] {
  return practices.map((p) => ({
    slug: p.slug,
    code: p.code,
    title: p.title,
    url: p.url,
    textLocale: p.textLocale,
    requirements: p.requirements.map((r) => ({ ...r, english: english?.get(r.id) })),
  }))
}
