import { describe, expect, it } from 'vitest'
import { valueAxis } from './drawBarChart'

describe('valueAxis', () => {
  it('labels counts with whole, round steps that reach the largest value', () => {
    expect(valueAxis(14, true)).toEqual({ top: 14, step: 2 })
    expect(valueAxis(97, true)).toEqual({ top: 100, step: 20 })
    expect(valueAxis(3, true)).toEqual({ top: 3, step: 1 })
  })

  it('labels ratings and small values with decimal steps when needed', () => {
    expect(valueAxis(5, false)).toEqual({ top: 5, step: 1 })
    expect(valueAxis(0.45, false)).toEqual({ top: 0.5, step: 0.1 })
  })

  it('draws an empty chart with an axis from 0 to 1', () => {
    expect(valueAxis(0, true)).toEqual({ top: 1, step: 1 })
  })
})
