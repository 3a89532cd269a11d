/** The column's name above a cell, seen only when the table reflows on a phone (screen readers use the header). */
const CellLabel = ({ locale, text }: { locale: string; text: string }) => (
  <span className="cell-label" aria-hidden="true" lang={locale}>
    {text}
  </span>
)

type Row = { id?: string | null; requirement: string; evidence: string }

/** A practice's requirements and the evidence to ask for: headers in the page language, rows in the text's. */
export function RequirementsTable({
  locale,
  textLocale,
  rows,
  labels: { requirement, evidence },
}: {
  locale: string
  textLocale: string
  rows: Row[]
  /** the column names, in the page language */
  labels: { requirement: string; evidence: string }
}) {
  return (
    <table className="requirements">
      <thead>
        <tr>
          <th scope="col">{requirement}</th>
          <th scope="col">{evidence}</th>
        </tr>
      </thead>
      <tbody lang={textLocale}>
        {rows.map((row, index) => (
          <tr key={row.id ?? index}>
            <td>
              <CellLabel locale={locale} text={requirement} />
              {row.requirement}
            </td>
            <td>
              <CellLabel locale={locale} text={evidence} />
              {row.evidence}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
