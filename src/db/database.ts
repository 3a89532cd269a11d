// Which database to use, from DATABASE_URI. Pure: no adapter is loaded here, so this is unit-testable.

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string; host: string }

/** The embedded database files: the served one, and the one `next dev` pushes its schema into. Kept apart. */
export const DEFAULT_SQLITE_URLS = {
  production: 'file:./data/procuresec.db',
  development: 'file:./data/dev.db',
} as const

export function chooseDatabase(uri: string | undefined, nodeEnv: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    return {
      kind: 'sqlite',
      url: nodeEnv === 'production' ? DEFAULT_SQLITE_URLS.production : DEFAULT_SQLITE_URLS.development,
    }
  }
  if (value.startsWith('file:')) return { kind: 'sqlite', url: value }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value, host: mongoHost(value) }
  }
  throw new Error(
    `DATABASE_URI must start with "file:" (embedded SQLite) or "mongodb://" / "mongodb+srv://" (MongoDB); got "${redact(value)}".`,
  )
}

/** The host part of a MongoDB URI, for error messages (never the credentials). */
export function mongoHost(uri: string): string {
  const afterScheme = uri.replace(/^mongodb(\+srv)?:\/\//, '')
  const withoutCredentials = afterScheme.includes('@')
    ? afterScheme.slice(afterScheme.lastIndexOf('@') + 1)
    : afterScheme
  return withoutCredentials.split(/[/?]/)[0] || '(no host)'
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}
