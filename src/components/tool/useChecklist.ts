'use client'
import { useCallback, useEffect, useState } from 'react'

const keyFor = (edition: string) => `procuresec:addressed:${edition}`

/** The practices ticked as "addressed in our tender", kept in this browser only (no account), per edition. */
export function useChecklist(edition: string) {
  const [checked, setChecked] = useState<Set<string>>(new Set())
  const [ready, setReady] = useState(false)

  useEffect(() => {
    try {
      const stored = JSON.parse(window.localStorage.getItem(keyFor(edition)) ?? '[]') as unknown
      setChecked(new Set(Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : []))
    } catch {
      setChecked(new Set())
    }
    setReady(true)
  }, [edition])

  const toggle = useCallback(
    (slug: string, on: boolean) => {
      setChecked((previous) => {
        const next = new Set(previous)
        if (on) next.add(slug)
        else next.delete(slug)
        try {
          window.localStorage.setItem(keyFor(edition), JSON.stringify([...next]))
        } catch {
          // storage full or disabled: the ticks still work for this visit
        }
        return next
      })
    },
    [edition],
  )

  return { checked, toggle, ready }
}
