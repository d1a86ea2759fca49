import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { formatExchangeMessage } from '../exchange/exchangeMessages'
import { legacyPhotoFiles } from '../photos/legacyPhoto'
import { LEGACY_DEVICE_ID, nextRevision, revGeneration, revisionMeta, rowContent } from '../model/revision'
import { ADDED_DEFAULTS } from '../model/__fixtures__/addedDefaults'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../model/tables'
import { V1_DATABASE } from './__fixtures__/v1Fixtures'
import { migrateAndValidateChanges, migrateAndValidateRow } from './migrateAndValidate'
import { migrateRow } from './migrateRow'
import { CURRENT_SCHEMA_VERSION } from './rowMigrations'

const revisionSchema = z.object(revisionMeta)

/** A schema version this app does not know yet. */
const NEWER_VERSION = CURRENT_SCHEMA_VERSION + 1

describe('migrateAndValidateRow', () => {
  it('brings every row of the version-1 database to the current version: valid, with revisions from the legacy device, nothing lost', () => {
    let rows = 0
    // The tables the version-1 app had (later versions added some, such as conflicts).
    for (const table of TABLE_NAMES.filter((name) => Object.hasOwn(V1_DATABASE.tables, name))) {
      for (const row of V1_DATABASE.tables[table]) {
        const checked = migrateAndValidateRow(table, row, 1)
        if (!checked.ok) throw new Error(`${table}/${String(row['id'])}: ${checked.error.code}`)
        expect(TABLE_SCHEMAS[table].safeParse(checked.value).success).toBe(true)
        const migrated = migrateRow(table, row, 1, CURRENT_SCHEMA_VERSION)
        if (!migrated.ok) throw new Error(`${table}/${String(row['id'])}: ${migrated.error.code}`)
        expect(checked.value).toEqual({ ...ADDED_DEFAULTS[table], ...migrated.value })
        const revision = revisionSchema.parse(checked.value)
        expect(revision.deviceId).toBe(LEGACY_DEVICE_ID)
        const firstRevision = nextRevision(row, null, LEGACY_DEVICE_ID)
        if (table === 'photos') {
          // Schema 3 moved the picture out of the row: a second revision of the changed content.
          const files = legacyPhotoFiles(row)
          if (files === null) throw new Error('fixture photo without image data')
          const { original: _original, preview: _preview, ...kept } = row
          expect(rowContent(checked.value)).toEqual({
            ...kept,
            hash: files.original.hash,
            previewHash: files.preview.hash,
            bytes: files.original.bytes.byteLength,
          })
          expect(revGeneration(revision.rev)).toBe(2)
          expect(revision.revisions.slice(1)).toEqual(firstRevision.revisions)
        } else {
          expect(revGeneration(revision.rev)).toBe(1)
          expect(revision).toEqual(firstRevision)
          expect(rowContent(checked.value)).toEqual({ ...ADDED_DEFAULTS[table], ...row })
        }
        expect(checked.droppedFields).toBe(false)
        rows += 1
      }
    }
    expect(rows).toBe(32)
  })

  it('gives the same row the same first revision every time, so two copies never conflict', () => {
    const idea = V1_DATABASE.tables.ideas[0]
    const a = migrateAndValidateRow('ideas', idea, 1)
    const b = migrateAndValidateRow('ideas', structuredClone(idea), 1)
    if (!a.ok || !b.ok) throw new Error('fixture changed')
    expect(revisionSchema.parse(a.value).rev).toBe(revisionSchema.parse(b.value).rev)
  })

  it('keeps a current row as it is, and leaves the input untouched', () => {
    const migrated = migrateAndValidateRow('sessions', V1_DATABASE.tables.sessions[0], 1)
    if (!migrated.ok) throw new Error('fixture changed')
    const before = JSON.stringify(migrated.value)
    expect(migrateAndValidateRow('sessions', migrated.value, CURRENT_SCHEMA_VERSION)).toEqual({
      ok: true,
      value: migrated.value,
      droppedFields: false,
    })
    expect(JSON.stringify(migrated.value)).toBe(before)
  })

  it('refuses a row of a newer schema, saying in both languages to update Pelatih', () => {
    const checked = migrateAndValidateRow('ideas', V1_DATABASE.tables.ideas[0], NEWER_VERSION)
    expect(checked).toEqual({
      ok: false,
      error: { code: 'exchange.error.futureVersion', params: { fileVersion: NEWER_VERSION, appVersion: CURRENT_SCHEMA_VERSION } },
    })
    if (checked.ok) return
    expect(formatExchangeMessage('en', checked.error)).toBe(
      `This file holds data from a newer version of Pelatih (data version ${NEWER_VERSION}; this app knows up to ${CURRENT_SCHEMA_VERSION}). Update Pelatih to open it. Nothing was changed.`,
    )
    expect(formatExchangeMessage('id', checked.error)).toBe(
      `Berkas ini berisi data dari Pelatih versi yang lebih baru (versi data ${NEWER_VERSION}; aplikasi ini hanya mengenal sampai ${CURRENT_SCHEMA_VERSION}). Perbarui Pelatih untuk membukanya. Tidak ada yang diubah.`,
    )
  })

  it("refuses another app's row, an unknown table, a revision that is not one, and a row that is not an object", () => {
    expect(migrateAndValidateRow('ideas', { id: 'x1', content: 'Catatan aplikasi lain', likes: 3 }, 1)).toMatchObject({
      ok: false,
      error: { code: 'exchange.error.invalidRow', params: { table: 'ideas', id: 'x1' } },
    })
    expect(migrateAndValidateRow('notes', { id: 'n1' }, 1)).toEqual({
      ok: false,
      error: { code: 'exchange.error.unknownTable', params: { table: 'notes' } },
    })
    const idea = { ...V1_DATABASE.tables.ideas[0], rev: 'abc', revisions: [], deviceId: 'laptop' }
    expect(migrateAndValidateRow('ideas', idea, CURRENT_SCHEMA_VERSION)).toMatchObject({
      ok: false,
      error: { code: 'exchange.error.invalidRow', params: { field: 'rev' } },
    })
    expect(migrateAndValidateRow('ideas', ['not', 'a', 'row'], 1)).toMatchObject({
      ok: false,
      error: { code: 'exchange.error.invalidRow', params: { field: '*' } },
    })
  })

  it('says which fields it left out', () => {
    const checked = migrateAndValidateRow('rounds', { ...V1_DATABASE.tables.rounds[0], colour: 'merah' }, 1)
    expect(checked.ok && checked.droppedFields).toBe(true)
    expect(checked.ok && 'colour' in checked.value).toBe(false)
  })
})

describe('migrateAndValidateChanges', () => {
  it('puts every change in exactly one list: migrated puts and deletes pass, refused puts keep their position and reason', () => {
    const round = V1_DATABASE.tables.rounds[0]
    if (round === undefined) throw new Error('fixture changed')
    const result = migrateAndValidateChanges(
      [
        { op: 'put', table: 'rounds', row: round },
        { op: 'put', table: 'ideas', row: { id: 'x1', content: 'Catatan aplikasi lain' } },
        { op: 'delete', table: 'attendance', id: 'p-nur:1b' },
      ],
      1,
    )
    expect(result.ok).toHaveLength(2)
    expect(result.ok[0]).toMatchObject({ op: 'put', table: 'rounds', row: { ...round, deviceId: LEGACY_DEVICE_ID } })
    expect(result.ok[1]).toEqual({ op: 'delete', table: 'attendance', id: 'p-nur:1b' })
    expect(result.refused).toEqual([
      {
        change: { op: 'put', table: 'ideas', row: { id: 'x1', content: 'Catatan aplikasi lain' } },
        index: 2,
        error: { code: 'exchange.error.invalidRow', params: { table: 'ideas', field: 'createdAt', id: 'x1', row: 2 } },
      },
    ])
  })
})
