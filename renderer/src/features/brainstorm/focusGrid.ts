/** Past this many columns the focus board wraps them into rows, as the ordinary board does. */
const MAX_WEIGHTED = 8
/** A column this many cards fuller than a short one gets the most room. */
const FULL_AT = 12
const SHORT_AT = 4
const MOST = 1.6

/**
 * The grid tracks of the focus board: columns with more cards get more width (up to 1.6 times a
 * short one), so their cards take fewer lines and the fullest column fits the window's height.
 * Undefined when there are too many columns to share one row (the stylesheet's wrapping grid applies).
 */
export function focusGridTemplate(cardCounts: number[]): string | undefined {
  if (cardCounts.length === 0 || cardCounts.length > MAX_WEIGHTED) return undefined
  const weight = (n: number) => 1 + (MOST - 1) * Math.min(1, Math.max(0, (n - SHORT_AT) / (FULL_AT - SHORT_AT)))
  return cardCounts.map((n) => `minmax(0, ${Number(weight(n).toFixed(3))}fr)`).join(' ')
}
