import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS, T0, oneRowPerTable } from './__fixtures__/rowBuilders'
import { createExportFile } from './createExportFile'

const BASE = { appVersion: '0.1.0', createdAt: T0, kind: 'training', schemaVersion: 1 } as const

describe('createExportFile', () => {
  it('starts with an envelope a person can read, then the tables', () => {
    const text = createExportFile({ ...BASE, trainingIds: ['tr-1'], tables: oneRowPerTable() })
    const head = `{"format":"pelatih-export","formatVersion":1,"appVersion":"0.1.0","createdAt":${T0},"schemaVersion":1,"kind":"training","trainingIds":["tr-1"],`
    expect(text.slice(0, head.length)).toBe(head)
    const file = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'appVersion',
      'createdAt',
      'schemaVersion',
      'kind',
      'trainingIds',
      'counts',
      'checksum',
      'tables',
    ])
    expect(file['counts']).toMatchObject({ trainings: 1, ideas: 2, templates: 1 })
  })

  it('writes the same file for the same data, whatever the key order of the rows', () => {
    const row = ROW_BUILDERS.ideas('i-1')
    const shuffled = Object.fromEntries(Object.entries(row).reverse())
    expect(createExportFile({ ...BASE, tables: { ideas: [shuffled] } })).toBe(createExportFile({ ...BASE, tables: { ideas: [row] } }))
  })

  it('writes a different checksum when any value differs', () => {
    const one = JSON.parse(createExportFile({ ...BASE, tables: { ideas: [ROW_BUILDERS.ideas('i-1', { votes: 1 })] } })) as {
      checksum: string
    }
    const two = JSON.parse(createExportFile({ ...BASE, tables: { ideas: [ROW_BUILDERS.ideas('i-1', { votes: 2 })] } })) as {
      checksum: string
    }
    expect(one.checksum).not.toBe(two.checksum)
  })

  it('refuses what restore() could never read back', () => {
    expect(() => createExportFile({ ...BASE, tables: { expenses: [] } as never })).toThrow(/unknown table "expenses"/)
    expect(() => createExportFile({ ...BASE, createdAt: 1.5, tables: {} })).toThrow(/createdAt/)
    expect(() => createExportFile({ ...BASE, appVersion: '', tables: {} })).toThrow(/appVersion/)
  })
})
