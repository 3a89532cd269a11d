// Review notifications as queued jobs. The workflow hook queues one in the write's own transaction, so the mail goes
// out only once the write has committed (a rolled-back write takes its job with it), and no mail server is ever
// waited for while the database write lock is held. The `notifications` queue runs every 10 seconds (see
// payload.config.ts; PAYLOAD_JOBS_AUTORUN=false leaves it to another instance) and delivers by src/email/mail.ts.
import type { PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '@/fields/relationship'
import { rolesGranted } from '@/access/grants'
import { deliver, NOTIFICATIONS_QUEUE } from '@/email/mail'
import { reviewNotice } from '@/workflow/rules/notifications'

type NoticeInput = {
  collection: string
  recipients: 'reviewers' | 'author'
  authorId?: string
  subject: string
  text: string
}

export async function queueReviewNotice(
  req: PayloadRequest,
  args: { collection: string; doc: Record<string, unknown>; language: string; to: string },
) {
  const { collection, doc, language, to } = args
  const notice = reviewNotice({
    to,
    title: String(doc.title ?? doc.label ?? doc.id),
    language,
    comment: doc.reviewComment as string | null | undefined,
    link: `${process.env.SERVER_URL ?? ''}/admin/collections/${collection}/${String(doc.id)}?locale=${language}`,
  })
  if (!notice) return
  const input: NoticeInput = {
    collection,
    recipients: notice.to,
    authorId: idOf(doc.lastEditedBy) as string | undefined,
    subject: notice.subject,
    text: notice.text,
  }
  await req.payload.jobs.queue({ task: 'sendReviewNotice', queue: NOTIFICATIONS_QUEUE, input: input as never, req })
}

export const sendReviewNoticeTask: TaskConfig<'sendReviewNotice'> = {
  slug: 'sendReviewNotice',
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'recipients', type: 'select', options: ['reviewers', 'author'], required: true },
    { name: 'authorId', type: 'text' },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const { collection, recipients, authorId, subject, text } = input as NoticeInput
    const emails =
      recipients === 'reviewers'
        ? (
            await req.payload.find({
              collection: 'users',
              where: { roles: { in: rolesGranted(collection, 'review') } },
              select: { email: true },
              depth: 0,
              pagination: false,
              overrideAccess: true,
              req,
            })
          ).docs.map((u) => u.email)
        : authorId
          ? [
              (
                await req.payload.findByID({
                  collection: 'users',
                  id: authorId,
                  select: { email: true },
                  depth: 0,
                  overrideAccess: true,
                  req,
                  disableErrors: true,
                })
              )?.email,
            ].filter((e): e is string => Boolean(e))
          : []
    for (const to of emails) await deliver(req.payload, { to, subject, text }, { logText: true })
    return { output: { sent: emails.length } }
  },
}
