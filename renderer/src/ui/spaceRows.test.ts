import { describe, expect, it } from 'vitest'
import { spaceRows, type PlacedRow } from './spaceRows'

/** Rows `from`..`to` (inclusive) of a list whose rows are all `height` high. */
function placed(from: number, to: number, height: number): PlacedRow[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({
    index: from + i,
    key: `r${from + i}`,
    start: (from + i) * height,
    end: (from + i + 1) * height,
  }))
}

function height(spans: ReturnType<typeof spaceRows>, rowHeight: number): number {
  return spans.rows.reduce((sum, r) => sum + r.gapBefore + rowHeight, 0) + spans.after
}

describe('spaceRows', () => {
  it('puts no spacer above the first rows, and the rest of the list below them', () => {
    const spans = spaceRows(placed(0, 19, 36), 2000 * 36)
    expect(spans.rows.map((r) => r.gapBefore)).toEqual(Array.from({ length: 20 }, () => 0))
    expect(spans.after).toBe(1980 * 36)
    expect(height(spans, 36)).toBe(2000 * 36)
  })

  it('stands the rows scrolled past above the rows in view, and the rows still to come below', () => {
    const spans = spaceRows(placed(500, 529, 40), 1000 * 40)
    expect(spans.rows[0]).toEqual({ index: 500, key: 'r500', gapBefore: 500 * 40 })
    expect(spans.rows.slice(1).every((r) => r.gapBefore === 0)).toBe(true)
    expect(spans.after).toBe(470 * 40)
    expect(height(spans, 40)).toBe(1000 * 40)
  })

  it('leaves no spacer below the last rows of the list', () => {
    const spans = spaceRows(placed(970, 999, 40), 1000 * 40)
    expect(spans.after).toBe(0)
    expect(spans.rows[0]?.gapBefore).toBe(970 * 40)
  })

  it('keeps a row far from those in view (the one being edited) with a spacer on each side', () => {
    const spans = spaceRows([...placed(3, 3, 36), ...placed(800, 819, 36)], 2000 * 36)
    expect(spans.rows.map((r) => r.index).slice(0, 2)).toEqual([3, 800])
    expect(spans.rows[0]?.gapBefore).toBe(3 * 36)
    expect(spans.rows[1]?.gapBefore).toBe((800 - 4) * 36)
    expect(spans.after).toBe((2000 - 820) * 36)
    expect(height(spans, 36)).toBe(2000 * 36)
  })

  it('uses the measured heights: a tall row moves the rows below it down', () => {
    const rows: PlacedRow[] = [
      { index: 10, key: 'a', start: 450, end: 540 },
      { index: 11, key: 'b', start: 540, end: 585 },
    ]
    const spans = spaceRows(rows, 1000)
    expect(spans.rows.map((r) => r.gapBefore)).toEqual([450, 0])
    expect(spans.after).toBe(415)
  })

  it('lays out nothing for an empty list', () => {
    expect(spaceRows([], 0)).toEqual({ rows: [], after: 0 })
  })
})
