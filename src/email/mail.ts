// How mail leaves the server. Nothing is sent while a request is being answered: Payload's own mails (the password
// reset) are queued as jobs, and the workflow queues its notifications in the write's transaction
// (src/workflow/hooks/notificationJob.ts). Jobs of the `notifications` queue deliver them: by SMTP when SMTP_HOST is set
// (Payload's nodemailer adapter), otherwise the recipient and subject are written to the server log. So a slow mail
// server never holds a database write, and a reset request answers in the same time whether the address has an
// account or not.
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions, TaskConfig } from 'payload'

export const NOTIFICATIONS_QUEUE = 'notifications'

type Delivery = { send: (message: SendEmailOptions) => Promise<unknown>; from: { address: string; name: string } }

const DEFAULT_FROM = { address: process.env.SMTP_FROM || 'procuresec@localhost', name: 'ProcureSec' }

/** The real transport, made once per server. */
const smtp = process.env.SMTP_HOST
  ? nodemailerAdapter({
      defaultFromAddress: DEFAULT_FROM.address,
      defaultFromName: DEFAULT_FROM.name,
      skipVerify: true,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      },
    })
  : undefined

const deliveries = new WeakMap<Payload, Delivery>()

/** Sends now (the jobs call this). */
export async function deliver(
  payload: Payload,
  message: SendEmailOptions,
  options: { logText?: boolean } = {},
): Promise<void> {
  const delivery = deliveries.get(payload)
  if (delivery) {
    await delivery.send(message)
    return
  }
  payload.logger.info(
    `Mail (no SMTP_HOST configured, not sent) to ${String(message.to)}: ${String(message.subject)}${options.logText && message.text ? `\n${String(message.text)}` : ''}`,
  )
}

/** Payload's email adapter: sending means queueing (never waited for by the request that sends). */
export const queuedEmail = async (): Promise<EmailAdapter> => {
  const transport = await smtp
  return ({ payload }) => {
    if (transport) {
      const inner = transport({ payload })
      deliveries.set(payload, { send: (message) => inner.sendEmail(message), from: DEFAULT_FROM })
    }
    return {
      name: 'queued',
      defaultFromAddress: DEFAULT_FROM.address,
      defaultFromName: DEFAULT_FROM.name,
      sendEmail: async (message: SendEmailOptions) => {
        // Not awaited: the caller may hold the database write lock, which the queue's own write waits for.
        setImmediate(() => {
          payload.jobs
            .queue({ task: 'sendMail', queue: NOTIFICATIONS_QUEUE, input: { message } as never })
            .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not queue a mail' }))
        })
      },
    }
  }
}

export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  retries: 3,
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    await deliver(req.payload, (input as { message: SendEmailOptions }).message)
    return { output: {} }
  },
}
