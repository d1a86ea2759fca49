import { describe, expect, it } from 'vitest'
import { focusGridTemplate } from './focusGrid'

describe('focusGridTemplate', () => {
  it('gives a full column up to 1.6 times the width of a short one, in proportion between', () => {
    expect(focusGridTemplate([12, 8, 4, 2])).toBe('minmax(0, 1.6fr) minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr)')
    expect(focusGridTemplate([40])).toBe('minmax(0, 1.6fr)')
  })

  it('leaves more columns than share one row to the wrapping grid', () => {
    expect(focusGridTemplate(Array.from({ length: 9 }, () => 3))).toBeUndefined()
    expect(focusGridTemplate([])).toBeUndefined()
  })
})
