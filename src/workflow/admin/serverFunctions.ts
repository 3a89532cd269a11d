// Payload's admin calls server functions for two actions that would otherwise go around the review workflow.
// These replace Payload's own (passed to handleServerFunctions in the admin layout) and then call them.
import type { ServerFunction } from 'payload'
import { copyDataFromLocaleHandler } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { may, type Person } from '@/access/grants'
import { decideSchedule, type ScheduleRequest } from './scheduling'

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]
type CopyArgs = Parameters<typeof copyDataFromLocaleHandler>[0]

/** Refuses, before anything is queued, a schedule the person may not make; the admin shows the reason. */
const schedulePublish: ServerFunction<ScheduleArgs> = async (args) => {
  const person = args.req.user as Person
  const collection = (args.doc as ScheduleRequest['doc'])?.relationTo ?? ''
  if (args.deleteID && !args.date) {
    // Cancelling a scheduled publication is a publishing decision too.
    if (!may(person, collection, 'publish'))
      return { error: 'Only a reviewer or an administrator cancels a scheduled publication.' }
  } else {
    const request: ScheduleRequest = {
      type: args.type === 'unpublish' ? 'unpublish' : 'publish',
      doc: args.doc as ScheduleRequest['doc'],
      locale: args.localeToPublish,
    }
    const decision = await decideSchedule(args.req.payload, person, request)
    if (!decision.ok) return { error: decision.reason }
  }
  return schedulePublishHandler(args)
}

/** Copying a language copies texts, not the review state of the other language (its approval, its comment). */
const copyDataFromLocale: ServerFunction<CopyArgs> = async (args) => {
  args.req.context.copyingLocale = true
  return copyDataFromLocaleHandler(args)
}

export const adminServerFunctions = {
  'schedule-publish': schedulePublish,
  'copy-data-from-locale': copyDataFromLocale,
}
