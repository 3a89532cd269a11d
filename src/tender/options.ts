// The tender document's own query parameters, read strictly: a wrong value is an error the buyer is told about, not a
// document silently built with other choices. Pure.
import { isStage, STAGES } from './stages'
import type { TenderOptions } from './clauses'

export type TenderChoices = TenderOptions & {
  /** each clause also in English, for tenderers from other countries */
  bilingual: boolean
}

export type TenderOptionsResult = { ok: true; choices: TenderChoices } | { ok: false; param: string; value: string }

/**
 * `stages` (any of selection,specification,award,contract, comma-separated or repeated; default all), `strength`
 * (`mandatory`: only mandatory requirements), `bilingual` (`en`). Empty values mean the default.
 */
export function readTenderOptions(query: URLSearchParams): TenderOptionsResult {
  const stages = query
    .getAll('stages')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  const unknownStage = stages.find((value) => !isStage(value))
  if (unknownStage !== undefined) return { ok: false, param: 'stages', value: unknownStage }
  const strength = query.get('strength') ?? ''
  if (strength !== '' && strength !== 'mandatory') return { ok: false, param: 'strength', value: strength }
  const bilingual = query.get('bilingual') ?? ''
  if (bilingual !== '' && bilingual !== 'en') return { ok: false, param: 'bilingual', value: bilingual }
  return {
    ok: true,
    choices: {
      stages: stages.length > 0 ? STAGES.filter((stage) => stages.includes(stage)) : [...STAGES],
      mandatoryOnly: strength === 'mandatory',
      bilingual: bilingual === 'en',
    },
  }
}

/** The query of a tender document with these choices (defaults left out), to add to the tool's filters. */
export function tenderQuery(choices: TenderChoices): Record<string, string> {
  return {
    format: 'tender',
    ...(choices.stages.length < STAGES.length ? { stages: choices.stages.join(',') } : {}),
    ...(choices.mandatoryOnly ? { strength: 'mandatory' } : {}),
    ...(choices.bilingual ? { bilingual: 'en' } : {}),
  }
}
