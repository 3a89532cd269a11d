import type { Glossary } from '../en'

type Prefixed<P extends string> = Extract<keyof Glossary, `${P}_${string}`>

/** An asset type (`asset_<slug>`) or threat (`threat_<slug>`) a synonym list names. */
export type ConceptKey = Prefixed<'asset'> | `threat_${string}`

/** Per concept, the other words people search with for it in one language. */
export type Synonyms = Partial<Record<ConceptKey, string[]>>
