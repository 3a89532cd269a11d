// Reads for the detail pages, built on the catalog (one set of cached reads per request).
import { cache } from 'react'

import { byPhaseThenOrder } from '@/catalog/match'

import { SOURCE_LOCALE, type Locale } from '@/translations/locales'
import { getCatalog, getEditions, getReferences } from './catalog'
import { payloadClient } from './payload'
import { idOf } from '@/fields/relationship'

/** A published practice by slug, with the catalog of its own edition; null when there is none. */
export const getPracticeDetail = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'good-practices',
    locale: SOURCE_LOCALE,
    where: { slug: { equals: slug } },
    select: { edition: true, references: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  const found = docs[0]
  if (!found) return null
  const editionId = idOf(found.edition) as string
  const edition = (await getEditions(locale)).find((e) => e.doc.id === editionId)
  if (!edition) return null
  const catalog = await getCatalog(locale, edition.doc.slug)
  const practice = catalog.practices.find((p) => p.doc.id === found.id)
  const item = catalog.items.find((p) => p.slug === slug)
  if (!practice || !item) return null
  const referenceIds = new Set((found.references ?? []).map(idOf))
  const references = (await getReferences(locale)).filter((r) => referenceIds.has(r.doc.id))
  // Sorted the way the page's language sorts (the database sorts by code points).
  const collator = new Intl.Collator(locale)
  references.sort((a, b) => collator.compare(a.doc.label, b.doc.label))
  return { catalog, practice, item, references }
})

export const getAssetDetail = cache(async (locale: Locale, slug: string) => {
  const catalog = await getCatalog(locale)
  const asset = catalog.assets.find((a) => a.doc.slug === slug)
  if (!asset) return null
  const practices = catalog.items.filter((p) => p.assets.includes(slug))
  const related = catalog.items.filter((p) => p.relatedAssets.includes(slug)).sort(byPhaseThenOrder)
  // The threats its key practices are key against: what matters most for this asset type.
  const threatSlugs = new Set(practices.flatMap((p) => p.threats))
  return { catalog, asset, practices, related, threats: catalog.threats.filter((t) => threatSlugs.has(t.doc.slug)) }
})

export const getThreatDetail = cache(async (locale: Locale, slug: string) => {
  const catalog = await getCatalog(locale)
  const threat = catalog.threats.find((t) => t.doc.slug === slug)
  if (!threat) return null
  const practices = catalog.items.filter((p) => p.threats.includes(slug))
  const related = catalog.items.filter((p) => p.relatedThreats.includes(slug)).sort(byPhaseThenOrder)
  const assetSlugs = new Set(practices.flatMap((p) => p.assets))
  return { catalog, threat, practices, related, assets: catalog.assets.filter((a) => assetSlugs.has(a.doc.slug)) }
})

/** A published pack of the newest edition, with its practices in its own order and what it is about. */
export const getPackDetail = cache(async (locale: Locale, slug: string) => {
  const catalog = await getCatalog(locale)
  const pack = catalog.packs.find((p) => p.doc.slug === slug)
  if (!pack) return null
  // The catalogue's items are its practices in the same order: a practice's item is at its index.
  const itemOf = new Map(catalog.practices.map((p, i) => [p.doc.id, catalog.items[i]!]))
  const practices = (pack.doc.practices ?? []).map((p) => itemOf.get(idOf(p) as string)).filter((p) => p !== undefined)
  const ids = (values: Array<string | { id: string }> | null | undefined) => new Set((values ?? []).map(idOf))
  const assetIds = ids(pack.doc.assets)
  const threatIds = ids(pack.doc.threats)
  return {
    catalog,
    pack,
    practices,
    assets: catalog.assets.filter((a) => assetIds.has(a.doc.id)),
    threats: catalog.threats.filter((t) => threatIds.has(t.doc.id)),
  }
})

export const getGuidelineDetail = cache(async (locale: Locale, slug: string) => {
  const editions = await getEditions(locale)
  if (!editions.some((e) => e.doc.slug === slug)) return null
  const catalog = await getCatalog(locale, slug)
  const payload = await payloadClient()
  // The PDFs: the documents array holds ids of media files, populated here.
  const withFiles = await payload.findByID({
    collection: 'guidelines',
    id: catalog.edition!.doc.id,
    locale: SOURCE_LOCALE,
    select: { documents: true },
    depth: 1,
    overrideAccess: false,
  })
  return { catalog, edition: catalog.edition!, documents: withFiles.documents ?? [] }
})
