import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { jpegHeader } from '../../../../shared/photos/__fixtures__/imageBytes'
import { photoHashOf } from '../../../../shared/photos/photoHash'
import { photoSchema } from '../../../../shared/model/photo'
import { createMemoryBridge } from '../__fixtures__/memoryBridge'
import { createDb, SCHEMA_V1 } from '../db'
import { flushPhotoOutbox } from './photoOutbox'
import { readPhotoBytes } from './photoBytes'

const original = jpegHeader(4000, 3000, 4096, 1)
const preview = jpegHeader(1600, 1200, 512, 2)
// Compared as plain arrays: IndexedDB hands back a Uint8Array of another realm.
const listOf = (bytes: Uint8Array | null) => (bytes === null ? null : Array.from(bytes))
const dataUrl = (bytes: Uint8Array) => `data:image/jpeg;base64,${btoa(String.fromCharCode(...bytes))}`

/** A database as today's released app (schema 1) leaves it: a photo row holding its files as data URLs. */
async function makeV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(SCHEMA_V1)
  await v1.open()
  await v1.table('photos').put({
    id: 'ph-1',
    trainingId: 't-1',
    sessionId: 's-1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    caption: 'Plano kelompok 2',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    original: dataUrl(original),
    preview: dataUrl(preview),
    order: 1,
  })
  v1.close()
}

describe('the schema 3 upgrade of a real schema 1 database', () => {
  it('moves the files of a photo row to the outbox, and the outbox to the photo store, losing nothing', async () => {
    const name = `v1-photos-${Math.random().toString(36).slice(2)}`
    await makeV1Database(name)
    const db = createDb(name)
    await db.open()
    const row = await db.photos.get('ph-1')
    expect(photoSchema.parse(row)).toMatchObject({
      hash: photoHashOf(original),
      previewHash: photoHashOf(preview),
      caption: 'Plano kelompok 2',
      bytes: original.byteLength,
    })
    expect(JSON.stringify(row).length).toBeLessThan(600)
    expect((await db.photoOutbox.toArray()).map((r) => r.hash).sort()).toEqual([photoHashOf(original), photoHashOf(preview)].sort())

    const bridge = createMemoryBridge()
    // Before the store has it, the picture is still shown, from the outbox.
    expect(listOf(await readPhotoBytes(db, bridge, photoHashOf(preview)))).toEqual(listOf(preview))
    bridge.down = true
    expect(await flushPhotoOutbox(db, bridge)).toEqual({ sent: 0, waiting: 2 })
    expect(await db.photoOutbox.count()).toBe(2)
    bridge.down = false
    expect(await flushPhotoOutbox(db, bridge)).toEqual({ sent: 2, waiting: 0 })
    expect(await db.photoOutbox.count()).toBe(0)
    expect(listOf(await readPhotoBytes(db, bridge, photoHashOf(original)))).toEqual(listOf(original))
    db.close()
  })
})
