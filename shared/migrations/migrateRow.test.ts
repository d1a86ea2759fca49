import { describe, expect, it } from 'vitest'
import { BROKEN_MIGRATIONS, FAKE_MIGRATIONS, IDEA_ROW_V1 } from './__fixtures__/fakeMigrations'
import { migrateRow } from './migrateRow'
import { TABLE_NAMES } from '../model/tables'
import { CURRENT_SCHEMA_VERSION, ROW_MIGRATIONS, checkMigrationList } from './rowMigrations'

describe('migrateRow', () => {
  it('brings a version 1 row through two migrations, in order', () => {
    const result = migrateRow('ideas', IDEA_ROW_V1, 1, 3, FAKE_MIGRATIONS)
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'idea-1',
        trainingId: 'training-1',
        sessionId: 'session-1',
        roundId: 'round-1',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_100_000,
        deletedAt: null,
        text: 'Relawan butuh pelatihan',
        clusterId: null,
        dotVotes: 3,
        authorName: 'Sari',
        authorRole: 'participant',
        summary: 'participant: Relawan butuh pelatihan',
        group: 'Kelompok 1',
        order: 1,
      },
    })
  })

  it('leaves the original row untouched', () => {
    const before = JSON.stringify(IDEA_ROW_V1)
    migrateRow('ideas', IDEA_ROW_V1, 1, 3, FAKE_MIGRATIONS)
    expect(JSON.stringify(IDEA_ROW_V1)).toBe(before)
  })

  it('runs only the steps after the version the row was written with', () => {
    const v2Row = { ...IDEA_ROW_V1, authorName: 'Sari', authorRole: 'trainer' }
    const result = migrateRow('ideas', v2Row, 2, 3, FAKE_MIGRATIONS)
    expect(result.ok && result.value['summary']).toBe('trainer: Relawan butuh pelatihan')
    expect(result.ok && result.value['authorRole']).toBe('trainer')
  })

  it('stops at the wanted version', () => {
    const result = migrateRow('ideas', IDEA_ROW_V1, 1, 2, FAKE_MIGRATIONS)
    expect(result.ok && result.value['votes']).toBe(3)
    expect(result.ok && 'dotVotes' in result.value).toBe(false)
  })

  it('passes rows of tables a step does not touch through unchanged', () => {
    const team = { id: 't1', name: 'Budi' }
    expect(migrateRow('teamMembers', team, 1, 3, FAKE_MIGRATIONS)).toEqual({ ok: true, value: team })
    expect(migrateRow('participants', team, 1, 3, FAKE_MIGRATIONS)).toEqual({
      ok: true,
      value: { id: 't1', name: 'Budi', pronoun: '' },
    })
  })

  it('returns the row unchanged when it is already current', () => {
    expect(migrateRow('ideas', IDEA_ROW_V1, 3, 3, FAKE_MIGRATIONS)).toEqual({ ok: true, value: IDEA_ROW_V1 })
  })

  it('refuses a row written by a newer version', () => {
    expect(migrateRow('ideas', IDEA_ROW_V1, 4, 3, FAKE_MIGRATIONS)).toEqual({
      ok: false,
      error: { code: 'exchange.error.futureVersion', params: { fileVersion: 4, appVersion: 3 } },
    })
  })

  it('reports a migration that throws, naming the table and the version', () => {
    expect(migrateRow('ideas', IDEA_ROW_V1, 1, 2, BROKEN_MIGRATIONS)).toEqual({
      ok: false,
      error: { code: 'exchange.error.migrationFailed', params: { table: 'ideas', version: 2 } },
    })
  })

  it('treats nonsense versions as a programming error', () => {
    expect(() => migrateRow('ideas', IDEA_ROW_V1, 0, 1)).toThrow(RangeError)
    expect(() => migrateRow('ideas', IDEA_ROW_V1, 1, 1.5)).toThrow(RangeError)
  })
})

describe('the migration history', () => {
  it('is at version 5: every row gets its first revision at 2, photo rows lose their data URLs at 3, organisations and problems come at 4, venue receipts at 5 (new tables, no row changes)', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(5)
    expect(ROW_MIGRATIONS.map((m) => m.version)).toEqual([2, 3, 4, 5])
    expect(Object.keys(ROW_MIGRATIONS[0]?.tables ?? {}).sort()).toEqual([...TABLE_NAMES].sort())
    expect(Object.keys(ROW_MIGRATIONS[1]?.tables ?? {})).toEqual(['photos'])
    // A new table changes no stored row.
    expect(Object.keys(ROW_MIGRATIONS[2]?.tables ?? {})).toEqual([])
    expect(Object.keys(ROW_MIGRATIONS[3]?.tables ?? {})).toEqual([])
    expect(checkMigrationList(ROW_MIGRATIONS, CURRENT_SCHEMA_VERSION)).toEqual([])
  })

  it('accepts the fake history and rejects one that repeats, reorders or runs ahead', () => {
    expect(checkMigrationList(FAKE_MIGRATIONS, 3)).toEqual([])
    const [two, three] = FAKE_MIGRATIONS
    if (two === undefined || three === undefined) throw new Error('fixture changed')
    expect(checkMigrationList([three, two], 3)).toEqual(['version 2 does not come after version 3'])
    expect(checkMigrationList([two, two], 3)).toEqual(['version 2 does not come after version 2'])
    expect(checkMigrationList(FAKE_MIGRATIONS, 2)).toEqual(['version 3 is newer than the current version 2'])
    expect(checkMigrationList([{ ...two, version: 1 }], 3)).toEqual(['version 1 is not an integer above 1'])
  })
})
