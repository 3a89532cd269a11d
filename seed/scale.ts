// A scale data set for benchmarks (`npm run seed -- --scale N`): N synthetic good practices in the published 2020
// edition, in English and as machine translations in every other language, so that pages, filters and exports can be
// measured with far more content than the real guidelines have. Their codes (BENCH-0001…), slugs (bench-…) and
// "proposed" provenance note make them impossible to mistake for ENISA content. Never use this on a real site.
import type { TARGET_LOCALES } from '@/translations/locales'
import { assets } from './data/assets'
import { threats } from './data/threats'
import type { TranslationFile } from './machineTranslations'
import type { Phase, PracticeSeed } from './types'

type TargetLocale = (typeof TARGET_LOCALES)[number]

const PHASES: Phase[] = ['general', 'plan', 'source', 'manage']
const EDITION = 'procurement-guidelines-2020'

const pad = (i: number) => String(i).padStart(4, '0')
/** Picks `count` different items, spread over the list the same way on every run. */
const spread = <T>(items: readonly T[], i: number, count: number): T[] =>
  Array.from({ length: count }, (_, k) => items[(i * 7 + k * 3) % items.length]!).filter(
    (v, k, a) => a.indexOf(v) === k,
  )

/** `key` slugs the practice is key for and as many again it is related to (disjoint), spread over the list. */
function links<K extends 'assets' | 'threats'>(slugs: string[], i: number, key: number, name: K) {
  const keyFor = spread(slugs, i, key)
  const related = spread(slugs, i + key + 1, key).filter((slug) => !keyFor.includes(slug))
  const relatedName = name === 'assets' ? 'relatedAssets' : 'relatedThreats'
  return { [name]: keyFor, [relatedName]: related } as Record<
    K | (K extends 'assets' ? 'relatedAssets' : 'relatedThreats'),
    string[]
  >
}

export function scalePractices(count: number): PracticeSeed[] {
  return Array.from({ length: count }, (_, n) => {
    const i = n + 1
    return {
      code: `BENCH-${pad(i)}`,
      slug: `bench-${pad(i)}`,
      edition: EDITION,
      phase: PHASES[i % PHASES.length]!,
      title: `Synthetic practice ${i} for load testing`,
      summary: `Benchmark content number ${i}: a synthetic good practice with requirements and evidence, used to measure the tool with many documents.`,
      description: [`Synthetic description ${i}. It exists only in benchmark databases.`],
      requirements: [1, 2, 3].map((r) => ({
        requirement: `The supplier shall meet synthetic requirement ${r} of practice ${i}, written as a tender clause of realistic length for measuring exports.`,
        evidence: `Synthetic evidence ${r} of practice ${i}: documents the supplier gives to show the requirement is met.`,
      })),
      ...links(
        assets.map((a) => a.slug),
        i,
        2,
        'assets',
      ),
      ...links(
        threats.map((t) => t.slug),
        i,
        3,
        'threats',
      ),
      references: [],
      provenance: {
        status: 'proposed',
        note: 'Synthetic benchmark content (npm run seed -- --scale). Not ENISA content.',
      },
      order: 1000 + i,
    }
  })
}

/** Machine "translations" of the synthetic practices: the English text tagged with the language code. */
export function scaleTranslations(practices: PracticeSeed[], locale: TargetLocale): TranslationFile {
  const tag = (text: string) => `[${locale}] ${text}`
  return {
    'good-practices': Object.fromEntries(
      practices.map((p) => [
        p.slug,
        {
          title: tag(p.title),
          summary: tag(p.summary),
          requirements: p.requirements.map((r) => ({ requirement: tag(r.requirement), evidence: tag(r.evidence) })),
        },
      ]),
    ),
  }
}
