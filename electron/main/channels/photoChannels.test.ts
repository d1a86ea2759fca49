import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { jpegHeader, pdfBytes, pngHeader } from '../../../shared/photos/__fixtures__/imageBytes'
import { parsePhotoRefusal } from '../../../shared/photos/photoRefusal'

import { photoChannels as createPhotoHandlers } from './photoChannels'
import { createPhotoStore } from '../storage/photoStore'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-photos-ipc-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('photo channels', () => {
  it('store a JPEG with the size its header gives, and read it back by hash', async () => {
    const handlers = createPhotoHandlers(createPhotoStore(folder))
    const bytes = new Uint8Array(jpegHeader(4032, 3024))
    const stored = await handlers['photos:put']({ bytes })
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 4032, height: 3024, bytes: bytes.byteLength })
    expect(await handlers['photos:read']({ hash: stored.hash })).toEqual(bytes)
    expect(await handlers['photos:missing']({ hashes: [stored.hash, 'f'.repeat(64)] })).toEqual(['f'.repeat(64)])
  })

  it('refuse a PDF named .jpg and a 30,000 × 30,000 picture, storing nothing', async () => {
    const store = createPhotoStore(folder)
    const handlers = createPhotoHandlers(store)
    const pdf = await handlers['photos:put']({ bytes: new Uint8Array(pdfBytes()) }).catch((error: Error) => error)
    expect(pdf).toMatchObject({ code: 'invalid-argument' })
    expect(parsePhotoRefusal((pdf as Error).message)).toEqual({ problem: 'notImage' })
    const huge = await handlers['photos:put']({ bytes: new Uint8Array(pngHeader(30_000, 30_000)) }).catch((error: Error) => error)
    expect(parsePhotoRefusal((huge as Error).message)).toEqual({ problem: 'tooManyPixels', width: 30_000, height: 30_000 })
    expect(await store.hashes()).toEqual([])
  })

  it('answer not-found for a hash with no file', async () => {
    const handlers = createPhotoHandlers(createPhotoStore(folder))
    await expect(handlers['photos:read']({ hash: 'a'.repeat(64) })).rejects.toMatchObject({ code: 'not-found' })
  })
})
