'use client'

/** Opens the browser's print dialog (the view itself is the printable page). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
