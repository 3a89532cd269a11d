// What the application mails, seen from both ends (src/email/mail.ts): the `sendMail` jobs queued for the
// notifications queue, and what that queue then delivers. Without SMTP_HOST a delivery is a line in the server log
// ("Mail (no SMTP_HOST configured, not sent) to …: subject"), so that is where a sent mail is read.
import type { Payload } from 'payload'

import { NOTIFICATIONS_QUEUE } from '@/email/mail'

export type QueuedMail = { jobId: string | number; to: string; subject: string; html: string; text: string }

/** The mails waiting in (or having gone through) the job queue, oldest first. */
export async function queuedMails(payload: Payload): Promise<QueuedMail[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendMail' } },
    sort: 'createdAt',
    limit: 0,
    overrideAccess: true,
  })
  return docs.map((job) => {
    const { message } = job.input as { message: { to: unknown; subject?: unknown; html?: unknown; text?: unknown } }
    return {
      jobId: job.id,
      to: String(message.to),
      subject: String(message.subject ?? ''),
      html: String(message.html ?? ''),
      text: String(message.text ?? ''),
    }
  })
}

/** Runs the notifications queue and returns the mails it delivered (other log lines are logged as usual). */
export async function deliverQueuedMails(payload: Payload): Promise<Array<{ to: string; subject: string }>> {
  const sent: Array<{ to: string; subject: string }> = []
  const original = payload.logger.info.bind(payload.logger)
  payload.logger.info = ((message: unknown, ...rest: unknown[]) => {
    const mail =
      typeof message === 'string'
        ? /^Mail \(no SMTP_HOST configured, not sent\) to (\S+): ([^\n]+)/.exec(message)
        : null
    if (mail) sent.push({ to: mail[1]!, subject: mail[2]! })
    else (original as (...args: unknown[]) => void)(message, ...rest)
  }) as typeof payload.logger.info
  try {
    await payload.jobs.run({ queue: NOTIFICATIONS_QUEUE, limit: 1000 })
  } finally {
    payload.logger.info = original
  }
  return sent
}

/**
 * The queued mails once `until` holds for them, or after `ms`. A mail is queued on a later turn of the event loop
 * than the request that sends it, which does not wait for it.
 */
export async function waitForQueuedMails(
  payload: Payload,
  until: (mails: QueuedMail[]) => boolean,
  ms = 5000,
): Promise<QueuedMail[]> {
  const deadline = Date.now() + ms
  for (;;) {
    const mails = await queuedMails(payload)
    if (until(mails) || Date.now() > deadline) return mails
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
