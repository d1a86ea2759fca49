import { RangeSet, type ObservabilitySet } from 'dexie'
import { describe, expect, it } from 'vitest'
import { changedIds } from './followRows'

const part = 'idb://pelatih/attendance/'

describe('changedIds', () => {
  it('names the rows a write touched, also as another window sends them (a structured copy)', () => {
    const parts: ObservabilitySet = { [part]: new RangeSet().addKeys(['p2:1', 'p1:3', 'p1:1']) }
    expect(changedIds(parts, 'pelatih', 'attendance')).toEqual(['p1:1', 'p1:3', 'p2:1'])
    expect(changedIds(structuredClone(parts), 'pelatih', 'attendance')).toEqual(['p1:1', 'p1:3', 'p2:1'])
    expect(changedIds(parts, 'pelatih', 'actionPlans')).toEqual([])
    expect(changedIds(parts, 'other-db', 'attendance')).toEqual([])
  })

  it('asks for the whole list when a write touched a range or thousands of rows', () => {
    expect(changedIds({ [part]: new RangeSet('a', 'z') }, 'pelatih', 'attendance')).toBeNull()
    const many = new RangeSet().addKeys(Array.from({ length: 600 }, (_, i) => `p${i}:1`))
    expect(changedIds({ [part]: many }, 'pelatih', 'attendance')).toBeNull()
  })
})
