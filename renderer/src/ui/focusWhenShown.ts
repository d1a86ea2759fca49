/** How long to wait for a lazily loaded screen to show the element. */
const WAIT_MS = 5000

/**
 * Focuses (and scrolls to) the first element matching `selector` as soon as it is in the page: for
 * a link to a screen whose code and data load after the route changes. Gives up after a few seconds.
 * Returns a function that stops waiting.
 */
export function focusWhenShown(selector: string): () => void {
  const tryFocus = (): boolean => {
    const element = document.querySelector<HTMLElement>(selector)
    if (!element) return false
    element.scrollIntoView({ block: 'center' })
    element.focus({ preventScroll: true })
    return true
  }
  if (tryFocus()) return () => undefined
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop()
  })
  const timer = window.setTimeout(() => stop(), WAIT_MS)
  function stop(): void {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true })
  return stop
}
