import type { CollectionConfig } from 'payload'

import { ROLES } from '@/access/roles'
import {
  enforcePasswordPolicy,
  equalizeSignInTime,
  firstUserBecomesAdmin,
  resetWithoutOuterTransaction,
} from '@/auth/accountHooks'
import { localeOptions } from '@/translations/locales'
import { L } from '@/translations/admin/labels'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: L('collection.users.singular'), plural: L('collection.users.plural') },
  auth: {
    // Five wrong passwords lock the account for 15 minutes. Cookies are HTTP-only (Payload's default) and, when the
    // site is served over HTTPS (SERVER_URL https://…), secure.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { secure: (process.env.SERVER_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'languages'],
    group: L('group.administration'),
  },
  hooks: {
    beforeOperation: [equalizeSignInTime, enforcePasswordPolicy, resetWithoutOuterTransaction],
    beforeChange: [firstUserBecomesAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: L('field.name') },
    {
      name: 'roles',
      type: 'select',
      label: L('field.roles'),
      hasMany: true,
      options: ROLES.map((value) => ({ label: L(`option.role.${value}`), value })),
      // Only admins grant roles; nobody raises their own (src/access/policy.ts).
      saveToJWT: true,
    },
    {
      // Not named `locales`: that collides with the `users_locales` table on SQL adapters.
      name: 'languages',
      type: 'select',
      label: L('field.languages'),
      hasMany: true,
      options: localeOptions(),
      saveToJWT: true,
      admin: { description: L('field.languages.description') },
    },
  ],
}
