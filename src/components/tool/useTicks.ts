'use client'
import { useCallback, useMemo, useSyncExternalStore } from 'react'

/** The two lists of ticks on the cards: what the tender already addresses, and what goes into "my" export. */
export type TickList = 'addressed' | 'picked'

const keyFor = (list: TickList, edition: string) => `procuresec:${list}:${edition}`

// Ticks made while the browser refuses storage (private mode, full): kept for this visit, in memory.
const unsaved = new Map<string, string>()
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('storage', listener) // another tab ticked something
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function readStored(key: string): string {
  const kept = unsaved.get(key)
  if (kept !== undefined) return kept
  try {
    return window.localStorage.getItem(key) ?? '[]'
  } catch {
    return '[]'
  }
}

function parse(stored: string | null): Set<string> {
  try {
    const values = JSON.parse(stored ?? '[]') as unknown
    return new Set(Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [])
  } catch {
    return new Set()
  }
}

/**
 * The practices ticked in one list, kept in this browser only (no account), per edition. `ready` is false on the
 * server and until hydration: only the browser knows the ticks.
 */
export function useTicks(list: TickList, edition: string) {
  const key = keyFor(list, edition)
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  )
  const checked = useMemo(() => parse(stored), [stored])

  const write = useCallback(
    (next: Set<string>) => {
      const value = JSON.stringify([...next])
      try {
        window.localStorage.setItem(key, value)
        unsaved.delete(key)
      } catch {
        unsaved.set(key, value)
      }
      for (const listener of listeners) listener()
    },
    [key],
  )

  const toggle = useCallback(
    (slug: string, on: boolean) => {
      const next = parse(readStored(key))
      if (on) next.add(slug)
      else next.delete(slug)
      write(next)
    },
    [key, write],
  )
  const clear = useCallback(() => write(new Set()), [write])

  return { checked, toggle, clear, ready: stored !== null }
}
