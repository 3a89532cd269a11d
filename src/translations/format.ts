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
