// After a restore, accounts have no password (a dump never holds credentials). Without SMTP, "Forgot password?" cannot
// mail its link, so `npm run import -- --reset-links` prints one for each administrator, who can then set the
// passwords of the others (or they use "Forgot password?" once mail is configured).
import type { Payload } from 'payload'

export type ResetLink = { email: string; url: string }

/** A password-reset link for every administrator (valid as long as Payload's reset tokens: one hour by default). */
export async function adminResetLinks(payload: Payload, serverURL: string): Promise<ResetLink[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['admin'] } },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const links: ResetLink[] = []
  for (const { email } of docs) {
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const path = `${payload.config.routes.admin}${payload.config.admin.routes.reset}/${token}`
    links.push({ email, url: `${serverURL.replace(/\/$/, '')}${path}` })
  }
  return links
}
