import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addPhotos, listPhotos, removePhoto, restorePhoto, updatePhotoCaption } from './photoRepository'

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='

describe('photoRepository', () => {
  it('adds photos to a session in order, captions and removes them softly', async () => {
    const ctx = createTestContext()
    const input = { caption: '', mime: 'image/png' as const, width: 1, height: 1, original: PNG, preview: PNG }
    const [a] = await addPhotos(ctx, 't1', 's1', [input, { ...input, caption: 'Metaplan' }])
    await updatePhotoCaption(ctx, a?.id ?? '', 'Flipchart kelompok 1')
    expect((await listPhotos(ctx.db, 's1')).map((p) => p.caption)).toEqual(['Flipchart kelompok 1', 'Metaplan'])
    await removePhoto(ctx, a?.id ?? '')
    expect(await listPhotos(ctx.db, 's1')).toHaveLength(1)
    await restorePhoto(ctx, a?.id ?? '')
    expect(await listPhotos(ctx.db, 's1')).toHaveLength(2)
  })

  it('rejects something that is not an image', async () => {
    const ctx = createTestContext()
    await expect(addPhotos(ctx, 't1', 's1', [{ caption: '', mime: 'image/png', width: 1, height: 1, original: 'data:text/html,x', preview: PNG }])).rejects.toThrow()
    expect(await listPhotos(ctx.db, 's1')).toEqual([])
  })
})
