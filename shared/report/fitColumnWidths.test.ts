import { describe, expect, it } from 'vitest'
import { fitColumnWidths } from './fitColumnWidths'

describe('fitColumnWidths', () => {
  it('widens a column to its longest word, taking the room from columns that have spare room', () => {
    const fitted = fitColumnWidths([40, 20, 40], [10, 30, 20])
    expect(fitted[1]).toBe(30)
    // 10 mm taken from 30 + 20 mm of spare room: 6 and 4.
    expect(fitted[0]).toBeCloseTo(34)
    expect(fitted[2]).toBeCloseTo(36)
    expect(fitted.reduce((a, b) => a + b, 0)).toBeCloseTo(100)
  })

  it('leaves widths alone when every word fits, or when the words cannot all fit', () => {
    expect(fitColumnWidths([50, 50], [10, 20])).toEqual([50, 50])
    expect(fitColumnWidths([50, 50], [60, 60])).toEqual([50, 50])
  })
})
