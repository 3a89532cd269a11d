import { contextRows } from '@/exports/contextRows'
import type { Selection } from '@/exports/selection'
import { format } from '@/translations/format'
import { RequirementsTable } from '../RequirementsTable'
import { PrintButton } from './PrintButton'

/**
 * The tool's answer as a printable page: what was chosen and when, then every practice with its requirements and the
 * evidence to ask for, as in the Word annex. Each text carries the language it is in.
 */
export function PrintView({ selection, backHref }: { selection: Selection; backHref: string }) {
  const { practices, context } = selection
  const m = context.messages
  return (
    <>
      <p className="breadcrumb no-print">
        <a href={backHref}>{m.breadcrumbHome}</a>
      </p>
      <h1>{m.exportTitle}</h1>
      <p className="no-print">
        <PrintButton label={m.print} />
      </p>
      <h2>{m.exportContext}</h2>
      <dl className="print-context">
        {contextRows(context).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{m.paraphraseNotice}</p>
      <h2>{format(m.resultCount, { count: practices.length })}</h2>
      {practices.map((p) => (
        <section key={p.slug} className="print-practice" aria-labelledby={`p-${p.slug}`}>
          <h3 id={`p-${p.slug}`} lang={p.textLocale}>
            {p.code} {p.title}
          </h3>
          <p className="meta">
            {m.phaseLabel}: {p.phaseLabel} · {p.addressed ? '☑' : '☐'} {m.addressed}
            {p.machineTranslation ? <span className="marker">{m.machineTranslationMarker}</span> : null}
          </p>
          <p lang={p.textLocale}>{p.summary}</p>
          <RequirementsTable
            locale={context.locale}
            textLocale={p.textLocale}
            rows={p.requirements}
            labels={{ requirement: m.requirementColumn, evidence: m.evidenceColumn }}
          />
        </section>
      ))}
      <p className="hint">
        {format(m.exportSourceNote, { edition: context.edition.title, publisher: context.edition.publisher })}{' '}
        <a href={context.edition.sourceUrl} rel="noopener external">
          {context.edition.sourceUrl}
        </a>
      </p>
    </>
  )
}
