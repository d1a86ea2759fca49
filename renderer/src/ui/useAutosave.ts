import { useCallback, useEffect, useRef } from 'react'

/** How long typing may pause before it is saved. */
export const AUTOSAVE_DELAY_MS = 400
/** Longest time continuous typing waits before it is saved anyway (so a crash loses at most this). */
export const AUTOSAVE_MAX_WAIT_MS = 800

/**
 * Saves as the user types: debounced (at most `maxWaitMs` behind continuous typing), and
 * flushed at once on blur (call `flush`), when the
 * component unmounts (route change) and when the window is hidden or closed.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS, maxWaitMs = AUTOSAVE_MAX_WAIT_MS) {
  const saveRef = useRef(save)
  const pending = useRef<{ value: T; since: number } | null>(null)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const next = pending.current
    pending.current = null
    if (next) saveRef.current(next.value).catch(() => undefined)
  }, [])

  const schedule = useCallback(
    (value: T) => {
      const since = pending.current?.since ?? Date.now()
      pending.current = { value, since }
      window.clearTimeout(timer.current)
      // Debounced, but never later than maxWait after the first unsaved keystroke.
      timer.current = window.setTimeout(flush, Math.max(0, Math.min(delayMs, since + maxWaitMs - Date.now())))
    },
    [flush, delayMs, maxWaitMs],
  )

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flush)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  return { schedule, flush }
}
