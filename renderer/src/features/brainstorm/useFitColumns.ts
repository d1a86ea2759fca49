import { useLayoutEffect, type RefObject } from 'react'

/** The card type sizes tried, largest first: the board's usual size down to the smallest still read at arm's length. */
const FONT_STEPS = [13, 12.5, 12]
/** Room kept under the columns (the page's bottom padding). */
const BOTTOM_GAP = 8

/**
 * Fits the board's columns into the window: each column may grow to the window's bottom
 * (--bs-columns-height), and the card type shrinks step by step (--bs-card-font) until no
 * column has to scroll. data-fitted says "true" once every card is in view, "overflow" when
 * even the smallest type leaves a column scrolling (then it scrolls, as without fitting).
 * Runs only while `enabled` (the focus board); refits when `content` changes and when the
 * window is resized, never per keystroke.
 */
export function useFitColumns(ref: RefObject<HTMLElement | null>, content: unknown, enabled: boolean): void {
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const clear = () => {
      box.style.removeProperty('--bs-columns-height')
      box.style.removeProperty('--bs-card-font')
      delete box.dataset.fitted
    }
    if (!enabled) {
      clear()
      return
    }
    const lists = () => [...box.querySelectorAll<HTMLElement>('.bs-scroll')]
    // A wide column lays its cards in lists side by side (brainstorm.css): those overflow sideways.
    const fits = () => lists().every((list) => list.scrollHeight <= list.clientHeight + 1 && list.scrollWidth <= list.clientWidth + 1)
    let fitted = { width: -1, height: -1, top: -1 }
    const fit = () => {
      const top = box.getBoundingClientRect().top
      const height = Math.floor(window.innerHeight - top - BOTTOM_GAP)
      box.style.setProperty('--bs-columns-height', `${height}px`)
      let ok = false
      for (const px of FONT_STEPS) {
        box.style.setProperty('--bs-card-font', `${px}px`)
        ok = fits()
        if (ok) break
      }
      box.dataset.fitted = ok ? 'true' : 'overflow'
      fitted = { width: box.clientWidth, height: window.innerHeight, top }
    }
    fit()
    // Fitting changes the columns' height, never their width or where they start: refit only
    // when one of those or the window changes (the header stepping aside moves the top), so it
    // cannot loop.
    const refit = () => {
      if (box.clientWidth !== fitted.width || window.innerHeight !== fitted.height || box.getBoundingClientRect().top !== fitted.top) fit()
    }
    const observer = new ResizeObserver(refit)
    observer.observe(box)
    observer.observe(document.body)
    window.addEventListener('resize', refit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', refit)
      clear()
    }
  }, [ref, content, enabled])
}
