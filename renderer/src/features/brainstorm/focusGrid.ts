/** Past this many columns the focus board wraps them into rows, as the ordinary board does. */
const MAX_WEIGHTED = 8
/** A column with up to this many cards gets the base width; fuller ones get more in proportion. */
const CARDS_PER_WIDTH = 8
/** The widest a column gets, in base widths. */
const MOST = 2

/**
 * The grid tracks of the focus board: a column gets width in proportion to its cards (a base
 * width per eight cards, between one and two base widths), so the fullest column's cards take
 * fewer lines, or lie in two lists side by side, and fit the window's height. Capped at two: the
 * short columns keep room enough for a cluster's name not to break inside a word. Undefined when
 * there are too many columns to share one row (the stylesheet's wrapping grid applies).
 */
export function focusGridTemplate(cardCounts: number[]): string | undefined {
  if (cardCounts.length === 0 || cardCounts.length > MAX_WEIGHTED) return undefined
  const weight = (n: number) => Math.min(MOST, Math.max(1, n / CARDS_PER_WIDTH))
  return cardCounts.map((n) => `minmax(0, ${Number(weight(n).toFixed(3))}fr)`).join(' ')
}
