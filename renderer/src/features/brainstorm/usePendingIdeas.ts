import { useCallback, useMemo, useState } from 'react'
import type { Idea } from '../../../../shared/model/brainstorm'

/** What the card input tells the board about a card it is saving. */
export interface PendingIdeas {
  /** Shows a card at once, before its save has come back from the database. */
  add: (idea: Idea) => void
  /** Takes a card off the board again: its save failed. */
  drop: (id: string) => void
}

/** The stored cards plus those still being saved, each once; undefined while the stored ones load. */
export function withPending(stored: readonly Idea[] | undefined, pending: readonly Idea[]): Idea[] | undefined {
  if (!stored) return undefined
  if (pending.length === 0) return stored as Idea[]
  const ids = new Set(stored.map((i) => i.id))
  const waiting = pending.filter((i) => !ids.has(i.id))
  return waiting.length === 0 ? (stored as Idea[]) : [...stored, ...waiting]
}

/**
 * Cards added on this board show in the next frame, not after the journal write, the
 * database write and the board's re-read (about 150 ms with 2,000 cards). A card leaves the
 * pending list as soon as the stored cards contain it, so a later delete is not undone, and
 * at once when its save fails. `stored` keeps its identity until it changes (a live query's result).
 */
export function usePendingIdeas(stored: readonly Idea[] | undefined): { ideas: Idea[] | undefined; pending: PendingIdeas } {
  const [pending, setPending] = useState<Idea[]>([])
  const [seen, setSeen] = useState(stored)
  // Adjusting state to new stored cards during render (React's pattern for derived state).
  if (seen !== stored) {
    setSeen(stored)
    if (stored && pending.length > 0) {
      const ids = new Set(stored.map((i) => i.id))
      if (pending.some((i) => ids.has(i.id))) setPending(pending.filter((i) => !ids.has(i.id)))
    }
  }
  const add = useCallback((idea: Idea) => setPending((list) => [...list, idea]), [])
  const drop = useCallback((id: string) => setPending((list) => list.filter((i) => i.id !== id)), [])
  const actions = useMemo(() => ({ add, drop }), [add, drop])
  return { ideas: useMemo(() => withPending(stored, pending), [stored, pending]), pending: actions }
}
