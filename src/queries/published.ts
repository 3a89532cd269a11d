// Public reads: published content only (access rules enforce it: overrideAccess is false), in the page's language,
// with the English text where a document is not published in that language.
import { cache } from 'react'
import type { Where } from 'payload'

import type { Guideline, GoodPractice } from '../payload-types'
import { SOURCE_LOCALE, type Locale } from '../translations/locales'
import { payloadClient } from './payload'
import { preferLocale, type Shown } from './preferLocale'

export type { Shown }

export const getNewestEdition = cache(async (): Promise<Guideline | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'guidelines',
    locale: SOURCE_LOCALE,
    sort: '-publicationDate',
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const getPublishedPractices = cache(
  async (locale: Locale, editionId: string): Promise<Shown<GoodPractice>[]> => {
    const payload = await payloadClient()
    const where: Where = { edition: { equals: editionId } }
    const read = (readLocale: Locale) =>
      payload.find({
        collection: 'good-practices',
        locale: readLocale,
        where,
        sort: 'order',
        pagination: false,
        depth: 0,
        overrideAccess: false,
      })
    const english = await read(SOURCE_LOCALE)
    if (locale === SOURCE_LOCALE) return english.docs.map((doc) => ({ doc, textLocale: SOURCE_LOCALE }))
    return preferLocale(english.docs, (await read(locale)).docs, locale)
  },
)
