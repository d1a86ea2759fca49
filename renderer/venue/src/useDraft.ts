import { useState } from 'react'

const DRAFT_PREFIX = 'pelatih.venue.draft.'

/**
 * A text field's content kept in the phone's storage while it is typed, so a reload or a dropped
 * page keeps it; `clear` once it went into the outbox.
 */
export function useDraft(key: string): [string, (value: string) => void, () => void] {
  const storageKey = `${DRAFT_PREFIX}${key}`
  const [value, setValue] = useState(() => window.localStorage.getItem(storageKey) ?? '')
  const update = (next: string): void => {
    setValue(next)
    try {
      if (next) window.localStorage.setItem(storageKey, next)
      else window.localStorage.removeItem(storageKey)
    } catch {
      // A full storage still keeps the text on the screen.
    }
  }
  return [value, update, () => update('')]
}
