// The tender document for a request: the tool's selection, the tender's own choices, and for a bilingual document the
// English text of each requirement. Glue between the request, the catalogue and the pure builders.
import { editionParam, type QueryInput } from '@/catalog/filters'
import { getCatalog } from '@/queries/catalog'
import { tenderSections } from '@/tender/clauses'
import type { TenderChoices } from '@/tender/options'
import { glossaries } from '@/translations/glossary'
import { SOURCE_LOCALE, type Locale } from '@/translations/locales'
import type { Selection } from './selection'
import { questionnaireToXlsx } from './questionnaire'
import { tenderToDocx } from './tenderDocx'
import { tenderPractices, type EnglishRequirements } from './tenderPractices'

async function englishRequirements(query: QueryInput): Promise<EnglishRequirements> {
  const catalog = await getCatalog(SOURCE_LOCALE, editionParam(query))
  return new Map(
    catalog.practices.flatMap(({ doc }) =>
      (doc.requirements ?? []).map((r): [string, { requirement: string; evidence: string }] => [
        r.id ?? '',
        { requirement: r.requirement, evidence: r.evidence },
      ]),
    ),
  )
}

/** The supplier questionnaire: the tender's clauses (with the same choices of stages and strength) as questions. */
export async function questionnaireDocument(selection: Selection, choices: TenderChoices): Promise<Buffer> {
  return questionnaireToXlsx(selection.context, tenderSections(tenderPractices(selection.practices, null), choices))
}

export async function tenderDocument(
  locale: Locale,
  query: QueryInput,
  selection: Selection,
  choices: TenderChoices,
): Promise<Buffer> {
  const english = choices.bilingual && locale !== SOURCE_LOCALE ? await englishRequirements(query) : null
  return tenderToDocx({
    context: selection.context,
    sections: tenderSections(tenderPractices(selection.practices, english), choices),
    orEquivalent: glossaries[locale].orEquivalent,
    choices,
  })
}
