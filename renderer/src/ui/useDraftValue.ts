import { useEffect, useRef, useState } from 'react'
import type { DraftTarget } from '../data/pendingDrafts'
import { useAutosave } from './useAutosave'

const PENDING = Symbol('pending')

/**
 * A field saved as the user types: the typed value stays on screen while the user edits and
 * until its save has landed in the stored value (so a click right after typing builds on what
 * was typed, not on an older stored copy); afterwards the field follows the stored value again
 * (a co-trainer's merge, an undo). `target` says where the text belongs, so text still uncommitted
 * when the page goes away is committed at the next start.
 */
export function useDraftValue<T>(stored: T, save: (value: T) => Promise<unknown>, target?: DraftTarget) {
  const [draft, setDraft] = useState<{ value: T; base: T | typeof PENDING } | null>(null)
  const [editing, setEditing] = useState(false)
  const inflight = useRef(0)
  // Bumped by every keystroke: a save that lands while newer typing waits must not release the draft.
  const version = useRef(0)
  const latest = useRef(stored)
  useEffect(() => {
    latest.current = stored
  }, [stored])

  const { schedule, flush } = useAutosave(
    async (value: T) => {
      inflight.current += 1
      const saving = version.current
      try {
        await save(value)
      } finally {
        inflight.current -= 1
        // The draft now waits for the stored value to move on from what it was when the save landed.
        if (inflight.current === 0 && version.current === saving) setDraft((d) => d && { ...d, base: latest.current })
      }
    },
    { draft: target },
  )
  const showDraft = draft !== null && (editing || draft.base === PENDING || draft.base === stored)

  return {
    value: showDraft ? draft.value : stored,
    change: (value: T) => {
      version.current += 1
      setEditing(true)
      setDraft({ value, base: PENDING })
      schedule(value)
    },
    blur: () => {
      setEditing(false)
      flush()
    },
  }
}
