/** Fills {placeholders} in an interface string; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match: string, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/** A number written the language's way (e.g. 1 234 in French, 1.234 in German). */
export const formatNumber = (locale: string, value: number): string => new Intl.NumberFormat(locale).format(value)

/** A date written the language's way (e.g. 24 février 2020). */
export const formatDate = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  )

/** A moment written the language's way, to the minute (UTC, named, so that staff in every country read it alike). */
export const formatDateTime = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) +
  ' UTC'

/** A month written the language's way (e.g. juillet 2026). */
export const formatMonth = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso))

/**
 * Fills {placeholders} with anything (e.g. an element carrying its own `lang`) and returns the pieces in order, for a
 * sentence whose parts are in different languages.
 */
export function formatParts<T>(template: string, values: Record<string, T>): Array<string | T> {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1]
      return name !== undefined && name in values ? values[name]! : piece
    })
}

/** The year of an ISO date (publication years are named, not formatted: "2020"). */
export const yearOf = (iso: string | null | undefined): string => (iso ? iso.slice(0, 4) : '')
