// Everything the public tool shows for one language, read through the Local API with access control on (published
// content only), kept between requests by src/cache/publicCache.ts and within a request by React's cache.
import { cache } from 'react'

import { searchAliases, type Names } from '@/catalog/aliases'
import type { KnownValues } from '@/catalog/filters'
import type { CatalogPractice, CatalogThreat } from '@/catalog/match'
import type { Phase, ThreatGroup } from '@/catalog/taxonomy'
import type { ContentCollection } from '@/workflow/rules/collections'
import type { Asset, GoodPractice, Guideline, Pack, Reference, Threat } from '@/payload-types'
import { lexicalToParagraphs } from '@/richtext/paragraphs'
import { synonyms } from '@/translations/glossary/synonyms'
import type { Synonyms } from '@/translations/glossary/synonyms/types'
import { SOURCE_LOCALE, type Locale } from '@/translations/locales'
import { payloadClient } from './payload'
import { remember } from '@/cache/publicCache'
import { preferLocale, type Shown } from './preferLocale'
import { idOf } from '@/fields/relationship'

type ReadOptions = { where?: Record<string, unknown>; sort?: string; depth?: number }

/** Published documents in English and in `locale`, merged: the translation where it is published, else English. */
function readShown<C extends ContentCollection>(collection: C, locale: Locale, options: ReadOptions = {}) {
  return remember(`${collection}:${locale}:${JSON.stringify(options)}`, () =>
    readShownUncached(collection, locale, options),
  )
}

async function readShownUncached<C extends ContentCollection>(collection: C, locale: Locale, options: ReadOptions) {
  const payload = await payloadClient()
  const read = (readLocale: Locale) =>
    payload.find({
      collection,
      locale: readLocale,
      // No fallback: an optional field without a translation stays empty, so that pages can say it is in English.
      fallbackLocale: 'none',
      where: options.where as never,
      sort: options.sort ?? 'order',
      depth: options.depth ?? 0,
      pagination: false,
      overrideAccess: false,
    })
  const english = (await read(SOURCE_LOCALE)).docs as Array<{ id: string }>
  if (locale === SOURCE_LOCALE) return english.map((doc) => ({ doc, textLocale: SOURCE_LOCALE, english: doc }))
  return preferLocale(english, (await read(locale)).docs as Array<{ id: string }>, locale)
}

/** Ids of the shown documents whose text in the page's language is an unreviewed machine translation. */
function machineTranslated(
  shown: Array<Shown<{ id: string; machineTranslation?: boolean | null }>>,
  locale: Locale,
): Set<string> {
  return new Set(
    shown
      .filter((s) => s.textLocale === locale && locale !== SOURCE_LOCALE && s.doc.machineTranslation)
      .map((s) => s.doc.id),
  )
}

export type ShownEdition = Shown<Guideline>
export type ShownAsset = Shown<Asset>
export type ShownThreat = Shown<Threat>
export type ShownPractice = Shown<GoodPractice>
export type ShownReference = Shown<Reference>
export type ShownPack = Shown<Pack>

export const getEditions = cache(
  async (locale: Locale) => (await readShown('guidelines', locale, { sort: '-publicationDate' })) as ShownEdition[],
)
export const getAssets = cache(async (locale: Locale) => (await readShown('assets', locale)) as ShownAsset[])
export const getThreats = cache(async (locale: Locale) => (await readShown('threats', locale)) as ShownThreat[])
/** Published references: a changed address or label reaches the public only once reviewed and published. */
export const getReferences = cache(
  async (locale: Locale) => (await readShown('references', locale, { sort: 'slug' })) as ShownReference[],
)
export const getPacks = cache(
  async (locale: Locale, editionId: string) =>
    (await readShown('packs', locale, { sort: 'order', where: { edition: { equals: editionId } } })) as ShownPack[],
)
export const getPractices = cache(
  async (locale: Locale, editionId: string) =>
    (await readShown('good-practices', locale, { where: { edition: { equals: editionId } } })) as ShownPractice[],
)

export type Catalog = {
  locale: Locale
  editions: ShownEdition[]
  edition: ShownEdition | null
  assets: ShownAsset[]
  threats: ShownThreat[]
  practices: ShownPractice[]
  /** published references (the standards requirements cite, by id) */
  references: ShownReference[]
  /** the edition's published procurement packs */
  packs: ShownPack[]
  /** the practices in the plain shape the filtering code works on */
  items: CatalogPractice[]
  threatGroups: CatalogThreat[]
  machine: Set<string>
}

/** The slugs a URL may name in this catalogue: what parseFilters keeps (the tool page and the exports alike). */
export const knownValues = (catalog: Catalog): KnownValues => ({
  assets: new Set(catalog.assets.map((a) => a.doc.slug)),
  threats: new Set(catalog.threats.map((th) => th.doc.slug)),
  editions: new Set(catalog.editions.map((e) => e.doc.slug)),
  practices: new Set(catalog.items.map((p) => p.slug)),
  packs: new Set(catalog.packs.map((p) => p.doc.slug)),
})

/** The tool's data for a language and edition (the newest published edition when none or an unknown one is asked). */
export const getCatalog = cache(async (locale: Locale, editionSlug?: string): Promise<Catalog> => {
  const editions = await getEditions(locale)
  const edition = editions.find((e) => e.doc.slug === editionSlug) ?? editions[0] ?? null
  // Keyed by the edition found, not by the slug asked for: request input never makes a new cache entry.
  return remember(`catalog:${locale}:${edition?.doc.id ?? ''}`, () => buildCatalog(locale, editions, edition))
})

async function buildCatalog(locale: Locale, editions: ShownEdition[], edition: ShownEdition | null): Promise<Catalog> {
  const [assets, threats, references] = await Promise.all([
    getAssets(locale),
    getThreats(locale),
    getReferences(locale),
  ])
  const [practices, packs] = edition
    ? await Promise.all([getPractices(locale, edition.doc.id), getPacks(locale, edition.doc.id)])
    : [[], []]
  const english = locale === SOURCE_LOCALE ? null : await englishTexts(edition)
  const names = namesOf(locale, assets, threats, english)
  const machine = machineTranslated([...editions, ...assets, ...threats, ...practices, ...packs], locale)
  // Which packs recommend each practice (a pack lists practice ids).
  const packsOf = new Map<string, string[]>()
  for (const { doc } of packs)
    for (const id of (doc.practices ?? []).map(idOf))
      packsOf.set(id as string, [...(packsOf.get(id as string) ?? []), doc.slug])
  const assetSlug = new Map(assets.map((a) => [a.doc.id, a.doc.slug]))
  const threatSlug = new Map(threats.map((t) => [t.doc.id, t.doc.slug]))
  const ids = (values: GoodPractice['assets'], slugs: Map<string, string>) =>
    (values ?? []).map((v) => slugs.get(idOf(v) as string)).filter((s): s is string => Boolean(s))
  const items: CatalogPractice[] = practices.map(({ doc, textLocale }) => ({
    slug: doc.slug,
    code: doc.code,
    phase: doc.phase as Phase,
    packs: packsOf.get(doc.id) ?? [],
    title: doc.title,
    summary: doc.summary,
    body: [
      ...(doc.requirements ?? []).flatMap((r) => [r.requirement, r.evidence]),
      ...lexicalToParagraphs(doc.description),
    ].join('\n'),
    assets: ids(doc.assets, assetSlug),
    relatedAssets: ids(doc.relatedAssets, assetSlug),
    threats: ids(doc.threats, threatSlug),
    relatedThreats: ids(doc.relatedThreats, threatSlug),
    aliases: searchAliases(
      { assets: ids(doc.assets, assetSlug), threats: ids(doc.threats, threatSlug) },
      names,
      english?.practices.get(doc.id),
    ),
    order: doc.order,
    textLocale,
    machine: textLocale === locale && machine.has(doc.id),
  }))
  return {
    locale,
    editions,
    edition,
    assets,
    threats,
    practices,
    references,
    packs,
    items,
    threatGroups: threats.map((t) => ({ slug: t.doc.slug, group: t.doc.group as ThreatGroup })),
    machine,
  }
}

/** On a page not in English, the English texts it is also searched by (see catalog/aliases.ts). */
async function englishTexts(edition: ShownEdition | null) {
  const [assets, threats, practices] = await Promise.all([
    getAssets(SOURCE_LOCALE),
    getThreats(SOURCE_LOCALE),
    edition ? getPractices(SOURCE_LOCALE, edition.doc.id) : [],
  ])
  return {
    assets,
    threats,
    // Title, summary and requirements: enough to find a practice by its English words, small enough to send along.
    practices: new Map(
      practices.map(({ doc }) => [
        doc.id,
        [doc.title, doc.summary, ...(doc.requirements ?? []).map((r) => r.requirement)],
      ]),
    ),
  }
}

/**
 * Each asset type's and threat's names, examples and synonyms (the glossary's lists), in the page language and
 * (elsewhere than English) in English.
 */
function namesOf(
  locale: Locale,
  assets: ShownAsset[],
  threats: ShownThreat[],
  english: { assets: ShownAsset[]; threats: ShownThreat[] } | null,
): Names {
  const names: Names = new Map()
  const add = (slug: string, texts: Array<string | null | undefined>) =>
    names.set(slug, [...(names.get(slug) ?? []), ...texts.filter((t): t is string => Boolean(t))])
  const lists = english ? [synonyms[locale], synonyms[SOURCE_LOCALE]] : [synonyms[locale]]
  const named = (kind: 'asset' | 'threat', doc: Asset | Threat) => {
    const words = lists.flatMap((list) => list[`${kind}_${doc.slug}` as keyof Synonyms] ?? [])
    add(doc.slug, [doc.title, ...(doc.examples ?? []).map((e) => e.example), ...words])
  }
  for (const { doc } of [...assets, ...(english?.assets ?? [])]) named('asset', doc)
  for (const { doc } of [...threats, ...(english?.threats ?? [])]) named('threat', doc)
  return names
}
