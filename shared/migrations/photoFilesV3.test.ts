import { describe, expect, it } from 'vitest'
import { jpegHeader } from '../photos/__fixtures__/imageBytes'
import { photoHashOf } from '../photos/photoHash'
import { photoSchema } from '../model/photo'
import { LEGACY_DEVICE_ID, nextRevision, revGeneration } from '../model/revision'
import { migrateRow } from './migrateRow'

function dataUrl(bytes: Uint8Array): string {
  return `data:image/jpeg;base64,${btoa(String.fromCharCode(...bytes))}`
}

const original = jpegHeader(4000, 3000, 64, 1)
const preview = jpegHeader(1600, 1200, 32, 2)
const V1_ROW = {
  id: 'ph-1',
  trainingId: 't-1',
  sessionId: 's-1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  deletedAt: null,
  caption: 'Dinding metaplan',
  mime: 'image/jpeg',
  width: 4000,
  height: 3000,
  original: dataUrl(original),
  preview: dataUrl(preview),
  order: 1,
}

describe('photo rows at schema 3', () => {
  it('keep the hashes and size of their files instead of data URLs', () => {
    const migrated = migrateRow('photos', V1_ROW, 1, 3)
    if (!migrated.ok) throw new Error('not migrated')
    expect(migrated.value).not.toHaveProperty('original')
    expect(migrated.value).not.toHaveProperty('preview')
    expect(migrated.value).toMatchObject({
      hash: photoHashOf(original),
      previewHash: photoHashOf(preview),
      bytes: original.byteLength,
      caption: 'Dinding metaplan',
    })
    expect(photoSchema.safeParse(migrated.value).success).toBe(true)
    expect(JSON.stringify(migrated.value).length).toBeLessThan(600)
  })

  it('give a row with a revision a new revision of the changed content', () => {
    const parent = nextRevision(V1_ROW, null, LEGACY_DEVICE_ID)
    const migrated = migrateRow('photos', { ...V1_ROW, ...parent }, 2, 3)
    if (!migrated.ok) throw new Error('not migrated')
    expect(revGeneration(String(migrated.value['rev']))).toBe(2)
    expect(migrated.value['revisions']).toEqual([expect.any(String), ...parent.revisions])
    expect(migrated.value['deviceId']).toBe(LEGACY_DEVICE_ID)
  })

  it('refuse a row whose picture cannot be decoded', () => {
    expect(migrateRow('photos', { ...V1_ROW, original: 'data:image/jpeg;base64,%%%' }, 1, 3)).toMatchObject({
      ok: false,
      error: { code: 'exchange.error.migrationFailed' },
    })
  })
})
