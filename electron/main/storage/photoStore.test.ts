import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { jpegHeader, pngHeader } from '../../../shared/photos/__fixtures__/imageBytes'
import { photoHashOf } from '../../../shared/photos/photoHash'
import { createPhotoStore, PHOTO_GRACE_MS, PhotoStoreError } from './photoStore'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-photos-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function age(store: { folder: string }, hash: string, ms: number): Promise<void> {
  const shard = join(store.folder, hash.slice(0, 2))
  for (const name of await readdir(shard)) {
    const when = new Date(Date.now() - ms)
    await utimes(join(shard, name), when, when)
  }
}

describe('photo store', () => {
  it('stores bytes under their SHA-256 and reads them back', async () => {
    const store = createPhotoStore(folder)
    const bytes = jpegHeader(40, 30)
    const { hash, written } = await store.put(bytes)
    expect(hash).toBe(photoHashOf(bytes))
    expect(written).toBe(true)
    expect(await readdir(join(folder, hash.slice(0, 2)))).toEqual([`${hash}.jpg`])
    expect(await store.read(hash)).toEqual(bytes)
  })

  it('writes the same bytes once', async () => {
    const store = createPhotoStore(folder)
    const bytes = pngHeader(10, 10)
    const first = await store.put(bytes)
    const second = await store.put(Uint8Array.from(bytes))
    expect(second).toEqual({ hash: first.hash, written: false })
    expect(await store.hashes()).toEqual([first.hash])
    expect(await store.size()).toBe(bytes.byteLength)
  })

  it('refuses to hand out a file whose bytes no longer match its name', async () => {
    const store = createPhotoStore(folder)
    const { hash } = await store.put(jpegHeader(40, 30))
    await writeFile(join(folder, hash.slice(0, 2), `${hash}.jpg`), jpegHeader(40, 30, 16, 9))
    await expect(store.read(hash)).rejects.toEqual(new PhotoStoreError('damaged', hash))
  })

  it('answers missing for an unknown hash and for anything that is not a hash', async () => {
    const store = createPhotoStore(folder)
    await expect(store.read('a'.repeat(64))).rejects.toMatchObject({ problem: 'missing' })
    await expect(store.read('../../etc/passwd')).rejects.toMatchObject({ problem: 'missing' })
  })

  it('collects only old files that nothing refers to', async () => {
    const store = createPhotoStore(folder)
    const kept = (await store.put(jpegHeader(1, 1, 16, 1))).hash
    const orphan = (await store.put(jpegHeader(1, 1, 16, 2))).hash
    const fresh = (await store.put(jpegHeader(1, 1, 16, 3))).hash
    await age(store, kept, PHOTO_GRACE_MS * 2)
    await age(store, orphan, PHOTO_GRACE_MS * 2)
    expect(await store.collect(new Set([kept]))).toEqual([orphan])
    expect((await store.hashes()).sort()).toEqual([kept, fresh].sort())
  })
})
