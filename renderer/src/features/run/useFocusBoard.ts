import { useCallback, useEffect, useState } from 'react'

const STORAGE_KEY = 'pelatih.focusBoard'

function stored(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

/**
 * The focus board: while brainstorming, the app header, the training's title and its tabs step
 * aside so the columns get the window's height (app.css hides them while the root element has
 * data-focus-board). Remembered per window (sessionStorage), so a reload keeps it and a second
 * window does not inherit it. `active` is whether it applies now (only on the board).
 */
export function useFocusBoard(onBoard: boolean): { on: boolean; active: boolean; toggle: () => void; leave: () => void } {
  const [on, setOn] = useState(stored)
  const active = on && onBoard

  const set = useCallback((next: boolean) => {
    setOn(next)
    try {
      if (next) window.sessionStorage.setItem(STORAGE_KEY, 'on')
      else window.sessionStorage.removeItem(STORAGE_KEY)
    } catch {
      // Storage refused (private mode): the mode still works, it is just not remembered.
    }
  }, [])

  useEffect(() => {
    if (!active) return
    const root = document.documentElement
    root.dataset.focusBoard = 'on'
    return () => {
      delete root.dataset.focusBoard
    }
  }, [active])

  const toggle = useCallback(() => set(!on), [on, set])
  const leave = useCallback(() => set(false), [set])
  return { on, active, toggle, leave }
}
