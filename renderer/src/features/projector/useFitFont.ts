import { useLayoutEffect, type RefObject } from 'react'

// Eight halvings bring the font size within a quarter pixel of the largest that fits.
const STEPS = 8

/**
 * Scales a box's type so all of its content fits the box: the largest font size between `min`
 * px and `maxVh` of the window's height at which nothing overflows, written to the CSS
 * variable --pj-fit (the box's styles size everything from it). Refits when the box is resized
 * and when `content` changes. data-fitted says "true" once it fits, "overflow" when even the
 * smallest size is too big.
 */
export function useFitFont(ref: RefObject<HTMLElement | null>, content: unknown, min: number, maxVh: number): void {
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const fits = () => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1
    const apply = (px: number) => box.style.setProperty('--pj-fit', `${px}px`)
    const fit = () => {
      let lo = min
      let hi = Math.max(min, (window.innerHeight * maxVh) / 100)
      apply(hi)
      if (!fits()) {
        for (let i = 0; i < STEPS && hi - lo > 0.25; i += 1) {
          const mid = (lo + hi) / 2
          apply(mid)
          if (fits()) lo = mid
          else hi = mid
        }
        apply(lo)
      }
      box.dataset.fitted = fits() ? 'true' : 'overflow'
    }
    fit()
    // The box's size comes from the window, not from its content, so refitting cannot loop.
    const observer = new ResizeObserver(fit)
    observer.observe(box)
    return () => observer.disconnect()
  }, [ref, content, min, maxVh])
}
