import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { jpegHeader } from '../../../shared/photos/__fixtures__/imageBytes'
import { stashLegacyPhotoFiles } from './legacyPhotoStash'
import { createPhotoStore } from './photoStore'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-stash-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const dataUrl = (bytes: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`
const original = jpegHeader(4000, 3000, 2048, 1)
const preview = jpegHeader(1600, 1200, 256, 2)
const row = {
  id: 'ph-1',
  trainingId: 't-1',
  sessionId: null,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  caption: '',
  mime: 'image/jpeg',
  width: 4000,
  height: 3000,
  original: dataUrl(original),
  preview: dataUrl(preview),
  order: 1,
}

describe('stashLegacyPhotoFiles', () => {
  it('puts the files of old photo rows in a schema 1 journal into the store, so the migrated row finds them', async () => {
    const store = createPhotoStore(folder)
    const since = {
      snapshot: { seq: 1, schemaVersion: 1, tables: { photos: [row] } },
      entries: [
        { seq: 2, at: 2, schemaVersion: 1, changes: [{ op: 'put' as const, table: 'photos' as const, row: { ...row, caption: 'Plano' } }] },
      ],
    }
    expect(await stashLegacyPhotoFiles(store, since)).toBe(2)
    const migrated = migrateRow('photos', row, 1, 3)
    if (!migrated.ok) throw new Error('not migrated')
    expect(await store.read(String(migrated.value['hash']))).toEqual(original)
    expect(await store.read(String(migrated.value['previewHash']))).toEqual(preview)
  })
})
