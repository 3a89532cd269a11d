'use client'
import { filtersToQuery, LIMITS, type Filters } from '@/catalog/filters'
import { STAGES } from '@/tender/stages'
import type { UiDictionary } from '@/translations/ui/en'

type Props = {
  locale: string
  messages: UiDictionary
  filters: Filters
  /** the practices shown, each of which the buyer may leave out of the document */
  practices: Array<{ slug: string; code: string; title: string; textLocale: string }>
  /** the shown practices ticked "addressed in our tender" */
  addressed: string[]
}

/**
 * "Build the tender document": which parts of the tender, mandatory requirements only or all, English beside each
 * clause; the same choices build the supplier questionnaire. A plain GET form to the export (works without JavaScript); the tool's filters ride along as hidden fields,
 * so the resulting address can be shared.
 */
export function TenderPanel({ locale, messages, filters, practices, addressed }: Props) {
  const carried = [
    ...new URLSearchParams(
      filtersToQuery(filters, addressed.length > 0 ? { addressed: addressed.join(',') } : {}),
    ).entries(),
  ]
  return (
    <details className="tender-panel">
      <summary>{messages.tenderHeading}</summary>
      <form method="get" action={`/${locale}/export`}>
        {carried.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend>{messages.tenderStagesLegend}</legend>
          <ul>
            {STAGES.map((stage) => (
              <li key={stage}>
                <input type="checkbox" id={`tender-${stage}`} name="stages" value={stage} defaultChecked />
                <label htmlFor={`tender-${stage}`}>{messages[`stage_${stage}`]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        {/* Every practice shown, ticked: untick one to leave it out (the ticked ones are sent as `ids`). Not offered
            above the number of ids a URL may carry: the document would silently hold fewer practices. */}
        {practices.length <= LIMITS.valuesPerParam ? (
          <fieldset>
            <legend>{messages.practicesHeading}</legend>
            <ul>
              {practices.map((p) => (
                <li key={p.slug}>
                  <input type="checkbox" id={`tender-ids-${p.slug}`} name="ids" value={p.slug} defaultChecked />
                  <label htmlFor={`tender-ids-${p.slug}`} lang={p.textLocale}>
                    {p.code} {p.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <p>
          <input type="checkbox" id="tender-mandatory" name="strength" value="mandatory" />
          <label htmlFor="tender-mandatory">{messages.tenderMandatoryOnly}</label>
        </p>
        {locale !== 'en' ? (
          <p>
            <input type="checkbox" id="tender-bilingual" name="bilingual" value="en" />
            <label htmlFor="tender-bilingual">{messages.tenderBilingual}</label>
          </p>
        ) : null}
        {/* The button pressed says which document: the tender, or the questionnaire for tenderers built from it. */}
        <p className="tender-buttons">
          <button type="submit" name="format" value="tender">
            {messages.tenderBuild}
          </button>
          <button type="submit" name="format" value="questionnaire">
            {messages.exportQuestionnaire}
          </button>
        </p>
      </form>
    </details>
  )
}
