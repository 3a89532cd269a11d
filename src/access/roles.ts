// Who a user is: small pure predicates over the user document. Every access rule is built from these.
import type { Locale } from '@/translations/locales'

export const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
export type Role = (typeof ROLES)[number]

/** The part of a user that access rules look at. */
export type RoleHolder = { roles?: Role[] | null; languages?: Locale[] | string[] | null } | null | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

/** Staff: a signed-in user holding at least one role. A user without a role is treated like the public. */
export const isStaff = (user: RoleHolder): boolean => Boolean(user?.roles && user.roles.length > 0)

export const isAdmin = (user: RoleHolder): boolean => hasRole(user, 'admin')

/** Roles that may write the English source and every language. */
export const isContentEditor = (user: RoleHolder): boolean => hasRole(user, 'admin', 'editor', 'reviewer')

export const hasLanguage = (user: RoleHolder, locale: string | undefined | null): boolean =>
  Boolean(locale && user?.languages?.includes(locale as Locale))
