import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addPhotos, listPhotos, removePhoto, restorePhoto, updatePhotoCaption } from './photoRepository'

const HASH = 'a'.repeat(64)
const PREVIEW_HASH = 'b'.repeat(64)

describe('photoRepository', () => {
  it('adds photos to a session in order, captions and removes them softly', async () => {
    const ctx = createTestContext()
    const input = { caption: '', mime: 'image/png' as const, width: 1, height: 1, hash: HASH, previewHash: PREVIEW_HASH, bytes: 70 }
    const [a] = await addPhotos(ctx, 't1', 's1', [input, { ...input, caption: 'Metaplan' }])
    await updatePhotoCaption(ctx, a?.id ?? '', 'Flipchart kelompok 1')
    expect((await listPhotos(ctx.db, 's1')).map((p) => p.caption)).toEqual(['Flipchart kelompok 1', 'Metaplan'])
    await removePhoto(ctx, a?.id ?? '')
    expect(await listPhotos(ctx.db, 's1')).toHaveLength(1)
    await restorePhoto(ctx, a?.id ?? '')
    expect(await listPhotos(ctx.db, 's1')).toHaveLength(2)
  })

  it('rejects a row that names its file by something other than a SHA-256', async () => {
    const ctx = createTestContext()
    await expect(
      addPhotos(ctx, 't1', 's1', [
        { caption: '', mime: 'image/png', width: 1, height: 1, hash: '../../secret', previewHash: PREVIEW_HASH, bytes: 70 },
      ]),
    ).rejects.toThrow()
    expect(await listPhotos(ctx.db, 's1')).toEqual([])
  })
})
