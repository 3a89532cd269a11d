// The password rule for accounts of this admin (a public agency's site): long passphrases rather than composition
// rules (NIST SP 800-63B), with the obvious weak choices refused. Pure.

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256

/** A few of the most used passwords that satisfy the length; anything built on them is refused as well. */
const NOTORIOUS = [
  'password',
  'passwort',
  'motdepasse',
  'contrasena',
  'qwertyuiop',
  'azertyuiop',
  '1234567890',
  'procuresec',
  'letmein',
  'welcome',
  'admin',
]

/** Why `password` is not acceptable for the account `email`, or null when it is. */
export function passwordProblem(password: unknown, email?: string | null): string | null {
  if (typeof password !== 'string') return 'Enter a password.'
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH)
    return `Use a password of at least ${PASSWORD_MIN_LENGTH} characters (a few words make a good one); this one has ${length}.`
  if (length > PASSWORD_MAX_LENGTH) return `Use a password of at most ${PASSWORD_MAX_LENGTH} characters.`
  if (new Set(password).size < 5) return 'Use a password with more different characters.'
  const lower = password.toLowerCase()
  const name = email?.toLowerCase().split('@')[0] ?? ''
  if (email && (lower.includes(email.toLowerCase()) || (name.length >= 4 && lower.includes(name))))
    return 'Do not use your email address in your password.'
  const letters = lower.replace(/[^a-z0-9]/g, '')
  if (
    NOTORIOUS.some(
      (word) => letters.replace(/\d+$/, '').replace(/^\d+/, '') === word || letters.startsWith(word.repeat(2)),
    )
  )
    return 'This password is too common: choose another one.'
  return null
}
