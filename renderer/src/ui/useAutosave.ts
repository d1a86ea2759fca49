import { useCallback, useContext, useEffect, useRef } from 'react'
import { SaveStatusContext } from '../data/hooks/saveStatusContext'
import { dropDraft, keepDraft, type DraftTarget } from '../data/pendingDrafts'

/** How long typing may pause before it is saved. */
export const AUTOSAVE_DELAY_MS = 400
/** Longest time continuous typing waits before it is saved anyway (so a crash loses at most this). */
export const AUTOSAVE_MAX_WAIT_MS = 800

/** How a field autosaves. */
export interface AutosaveOptions {
  delayMs?: number
  maxWaitMs?: number
  /**
   * Where the text belongs, so text still uncommitted when the page goes away (reload, close)
   * is kept as a draft and committed at the next start.
   */
  draft?: DraftTarget | null
}

/**
 * Saves as the user types: debounced (at most `maxWaitMs` behind continuous typing), and
 * flushed at once on blur (call `flush`), when the component unmounts (route change) and when
 * the window is hidden or closed. From the first keystroke until the typed text is committed
 * the field counts as dirty in the save status, so the indicator never says "Saved" over text
 * that is not; when the page goes away with such text, it is kept as a draft (see `draft`).
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, options: AutosaveOptions = {}) {
  const { delayMs = AUTOSAVE_DELAY_MS, maxWaitMs = AUTOSAVE_MAX_WAIT_MS } = options
  const status = useContext(SaveStatusContext)
  const saveRef = useRef(save)
  const draftRef = useRef(options.draft ?? null)
  // Stands for this field in the save status's dirty set.
  const token = useRef({})
  const pending = useRef<{ value: T; since: number } | null>(null)
  // The newest typed value not known to be committed (waiting for the timer, or in flight).
  const uncommitted = useRef<{ value: T } | null>(null)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    saveRef.current = save
    draftRef.current = options.draft ?? null
  })

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const next = pending.current
    pending.current = null
    if (!next) return
    const done = (failure: string | null) => {
      // Newer typing keeps the field dirty until its own save lands.
      if (uncommitted.current?.value !== next.value) return
      uncommitted.current = null
      const draft = draftRef.current
      if (failure === null && draft) dropDraft(draft)
      if (failure !== null) status?.fail(failure)
      status?.clearDirty(token.current)
    }
    saveRef.current(next.value).then(
      () => done(null),
      (error: unknown) => done(error instanceof Error ? error.message : 'save failed'),
    )
  }, [status])

  const schedule = useCallback(
    (value: T) => {
      status?.markDirty(token.current)
      uncommitted.current = { value }
      const since = pending.current?.since ?? Date.now()
      pending.current = { value, since }
      window.clearTimeout(timer.current)
      // Debounced, but never later than maxWait after the first unsaved keystroke.
      timer.current = window.setTimeout(flush, Math.max(0, Math.min(delayMs, since + maxWaitMs - Date.now())))
    },
    [status, flush, delayMs, maxWaitMs],
  )

  useEffect(() => {
    // The commit started here usually dies with the page: keep the text synchronously first.
    const leave = () => {
      const draft = draftRef.current
      if (draft && uncommitted.current) keepDraft(draft, uncommitted.current.value)
      flush()
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', leave)
    window.addEventListener('beforeunload', leave)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', leave)
      window.removeEventListener('beforeunload', leave)
      // Unmounted with text not yet committed (a route change, a tab that crashed): the commit
      // starts now, and the draft covers a reload before it lands (it is dropped once it does).
      leave()
    }
  }, [flush])

  return { schedule, flush }
}
