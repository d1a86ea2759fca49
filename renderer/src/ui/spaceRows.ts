import type { Key } from 'react'

/** A row of a virtual table, with the empty height that stands above it for the rows left out. */
export interface SpacedRow {
  index: number
  key: Key
  gapBefore: number
}

/** The rows to lay out, and the empty height below the last of them. */
export interface RowSpans {
  rows: SpacedRow[]
  after: number
}

/** Where a laid-out row sits, in pixels from the top of the list (as the virtualizer reports it). */
export interface PlacedRow {
  index: number
  key: Key
  start: number
  end: number
}

/**
 * The spacer heights of a virtual table: above each laid-out row, the height of the rows left
 * out since the one before it (a row kept far from the rows in view, such as the one being
 * edited, leaves a gap on both of its sides), and below the last, what is left of the total.
 * Together the spacers and the rows are exactly `totalSize` high, so the scroll bar stays true.
 */
export function spaceRows(placed: readonly PlacedRow[], totalSize: number): RowSpans {
  let cursor = 0
  const rows = placed.map(({ index, key, start, end }) => {
    const gapBefore = Math.max(0, start - cursor)
    cursor = Math.max(cursor, end)
    return { index, key, gapBefore }
  })
  return { rows, after: Math.max(0, totalSize - cursor) }
}
