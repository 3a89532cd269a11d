import { describe, expect, it } from '@jest/globals'

import { chooseDatabase, DEFAULT_SQLITE_URLS, mongoHost } from '@/db/database'

describe('chooseDatabase (DATABASE_URI → adapter)', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset or blank', () => {
    expect(chooseDatabase(undefined, 'production')).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URLS.production })
    expect(chooseDatabase('  ', 'production')).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URLS.production })
  })

  it('keeps the development database apart from the served one', () => {
    expect(chooseDatabase(undefined, 'development').url).toBe(DEFAULT_SQLITE_URLS.development)
    expect(chooseDatabase(undefined, 'test').url).toBe(DEFAULT_SQLITE_URLS.development)
    expect(DEFAULT_SQLITE_URLS.development).not.toBe(DEFAULT_SQLITE_URLS.production)
  })

  it('uses SQLite for file: URIs', () => {
    expect(chooseDatabase('file:/tmp/x.db', 'production')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs, naming the host', () => {
    expect(chooseDatabase('mongodb://db.example.org:27017/procuresec', 'production')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db.example.org:27017/procuresec',
      host: 'db.example.org:27017',
    })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster0.example.net/app?retryWrites=true', undefined)).toMatchObject({
      kind: 'mongodb',
      host: 'cluster0.example.net',
    })
  })

  it('refuses other schemes with a message that does not leak the password', () => {
    expect(() => chooseDatabase('postgres://admin:s3cret@localhost/db', 'production')).toThrow(
      /DATABASE_URI must start/,
    )
    expect(() => chooseDatabase('postgres://admin:s3cret@localhost/db', 'production')).not.toThrow(/s3cret/)
  })

  it('never puts credentials in the host it reports', () => {
    expect(mongoHost('mongodb://u:p@h1:1,h2:2/db')).toBe('h1:1,h2:2')
  })
})
