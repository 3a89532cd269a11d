// What the public pages read, kept in memory between requests. Reading a language's practices costs ~200 ms on
// SQLite (every localized requirement row), and it changes only when someone saves content. So:
// - every save or delete in a collection the public pages read empties the cache (hooks in the collections), which
//   makes a publication visible on the next request of this server process;
// - entries also expire after PUBLIC_CACHE_SECONDS (default 60) for writes this process does not see: a script
//   (seed, import) or another server instance on the same database. PUBLIC_CACHE_SECONDS=0 turns the cache off.
// Keys come from code (collection, validated language, edition id), never from raw request input, so the number of
// entries stays bounded.

type Entry = { value: Promise<unknown>; expires: number }
type State = { entries: Map<string, Entry>; hits: number; misses: number; bypassUntil: number }

// On globalThis: Next bundles route handlers (where Payload's hooks run) and pages separately, so a module-level
// variable would exist once per bundle and a save in the admin would not empty the pages' copy.
const KEY = Symbol.for('procuresec.publicCache')
const state = ((globalThis as Record<symbol, State>)[KEY] ??= {
  entries: new Map(),
  hits: 0,
  misses: 0,
  bypassUntil: 0,
})

const lifetimeMs = () => {
  const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 60)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0
}

/** The cached value for `key`, or what `load` gives (cached unless it fails). */
export function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const lifetime = lifetimeMs()
  const now = Date.now()
  if (lifetime === 0 || now < state.bypassUntil) return load()
  const hit = state.entries.get(key)
  if (hit && hit.expires > now) {
    state.hits++
    return hit.value as Promise<T>
  }
  state.misses++
  const value = load()
  const entry = { value, expires: now + lifetime }
  state.entries.set(key, entry)
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (state.entries.get(key) === entry) state.entries.delete(key)
  })
  return value
}

/**
 * Empties the cache: called after every change to content the public pages show. The hooks run before the write's
 * transaction commits, so for a few seconds nothing is cached: a read racing the commit could see the old content.
 */
export function forgetPublicContent(): void {
  state.entries.clear()
  state.bypassUntil = Date.now() + BYPASS_AFTER_CHANGE_MS
}

const BYPASS_AFTER_CHANGE_MS = 5000

export const publicCacheStats = () => ({ entries: state.entries.size, hits: state.hits, misses: state.misses })

const forgetAfterWrite = ({ doc }: { doc: unknown }) => {
  forgetPublicContent()
  return doc
}

/** Collection hooks that empty the cache after a save or a delete (see the collections the public pages read). */
export const forgetPublicContentHooks = { afterChange: [forgetAfterWrite], afterDelete: [forgetAfterWrite] }
