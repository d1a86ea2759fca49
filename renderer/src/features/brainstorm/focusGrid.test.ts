import { describe, expect, it } from 'vitest'
import { focusGridTemplate } from './focusGrid'

describe('focusGridTemplate', () => {
  it('widens a column in proportion to its cards, from one base width (eight cards or fewer) to two', () => {
    expect(focusGridTemplate([18, 12, 8, 2])).toBe('minmax(0, 2fr) minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1fr)')
    expect(focusGridTemplate([10, 5])).toBe('minmax(0, 1.25fr) minmax(0, 1fr)')
    expect(focusGridTemplate([40])).toBe('minmax(0, 2fr)')
  })

  it('leaves more columns than share one row to the wrapping grid', () => {
    expect(focusGridTemplate(Array.from({ length: 9 }, () => 3))).toBeUndefined()
    expect(focusGridTemplate([])).toBeUndefined()
  })
})
