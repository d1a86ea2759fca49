import { useCallback, useEffect, useRef } from 'react'

/** How long typing may pause before it is saved. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * Saves as the user types: debounced, and flushed at once on blur (call `flush`), when the
 * component unmounts (route change) and when the window is hidden or closed.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS) {
  const saveRef = useRef(save)
  const pending = useRef<{ value: T } | null>(null)
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
      pending.current = { value }
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, delayMs)
    },
    [flush, delayMs],
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
