import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS } from '../../../../shared/exchange/__fixtures__/rowBuilders'
import { createExportFile } from '../../../../shared/exchange/createExportFile'
import { buildArchive } from '../../../../shared/exchange/photoArchive'
import { formatExchangeMessage } from '../../../../shared/exchange/exchangeMessages'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { jpegHeader, pdfBytes, pngHeader } from '../../../../shared/photos/__fixtures__/imageBytes'
import { photoHashOf } from '../../../../shared/photos/photoHash'
import { createTestContext } from '../__fixtures__/testContext'
import { withPhotoFiles } from './exchangePhotos'
import { buildExport } from './exportData'
import { importExportFile, type ImportOutcome } from './importData'
import { restoreBackup } from './restoreBackup'

const original = jpegHeader(4000, 3000, 512, 1)
const preview = jpegHeader(1600, 1200, 128, 2)
const HASH = photoHashOf(original)
const PREVIEW = photoHashOf(preview)
const NOW = Date.UTC(2026, 10, 27)

function packOf(
  photos: ReturnType<typeof ROW_BUILDERS.photos>[],
  schemaVersion = CURRENT_SCHEMA_VERSION,
  rows?: Record<string, unknown>[],
): Uint8Array {
  return new TextEncoder().encode(
    createExportFile({
      appVersion: 'x',
      createdAt: NOW,
      kind: 'training',
      trainingIds: ['tr-1'],
      schemaVersion,
      tables: { trainings: [ROW_BUILDERS.trainings('tr-1')], photos: rows ?? photos },
    }),
  )
}

const photoRow = ROW_BUILDERS.photos('ph-1', { hash: HASH, previewHash: PREVIEW, mime: 'image/jpeg', bytes: original.byteLength })

function refusal(outcome: ImportOutcome): { en: string; id: string } {
  if (outcome.ok || outcome.error.code === 'exchange.error.backupFailed') throw new Error(`not refused: ${JSON.stringify(outcome)}`)
  const { code, params } = outcome.error
  return { en: formatExchangeMessage('en', { code, params }), id: formatExchangeMessage('id', { code, params }) }
}

async function nothingChanged(ctx: ReturnType<typeof createTestContext>): Promise<void> {
  expect(await ctx.db.photos.count()).toBe(0)
  expect(await ctx.db.trainings.count()).toBe(0)
  expect(ctx.bridge.backups).toEqual([])
}

describe('archives with photos', () => {
  it('carry each photo once and bring the files and rows to another laptop', async () => {
    const lead = createTestContext()
    const bytes = buildArchive(
      packOf([photoRow]),
      new Map([
        [HASH, original],
        [PREVIEW, preview],
      ]),
    )
    expect(await importExportFile(lead, lead.bridge, bytes)).toMatchObject({ ok: true, added: 2 })
    expect([...lead.bridge.photos.keys()].sort()).toEqual([HASH, PREVIEW].sort())

    const built = await buildExport(lead.db, 'training', ['tr-1'])
    expect(built.photos.sort()).toEqual([HASH, PREVIEW].sort())
    const file = await withPhotoFiles(lead.db, lead.bridge, built.bytes, built.photos)
    if (!file.ok) throw new Error('export failed')
    expect(file.archive).toBe(true)
    const other = createTestContext()
    expect(await importExportFile(other, other.bridge, file.bytes)).toMatchObject({ ok: true, added: 2 })
    expect(Array.from(other.bridge.photos.get(HASH) ?? [])).toEqual(Array.from(original))
  })

  it('refuse a photo whose bytes do not match its hash, changing nothing', async () => {
    const ctx = createTestContext()
    const bytes = zipSync({ 'data.json': packOf([photoRow]), [`photos/${HASH}.jpg`]: preview, [`photos/${PREVIEW}.jpg`]: preview })
    const message = refusal(await importExportFile(ctx, ctx.bridge, bytes))
    expect(message.en).toContain(`The photo file "photos/${HASH}.jpg" in the archive does not match its content hash`)
    expect(message.id).toContain('tidak cocok dengan hash isinya')
    await nothingChanged(ctx)
  })

  it('refuse an archive with a photo missing, changing nothing', async () => {
    const ctx = createTestContext()
    const message = refusal(await importExportFile(ctx, ctx.bridge, buildArchive(packOf([photoRow]), new Map([[HASH, original]]))))
    expect(message.en).toBe(
      `1 photo file(s) the data needs are neither in the file nor on this computer (the first is ${PREVIEW}). Nothing was changed.`,
    )
    expect(message.id).toContain('berkas foto yang dibutuhkan data tidak ada')
    await nothingChanged(ctx)
  })

  it('refuse an archive path that tries to escape its folder, changing nothing', async () => {
    const ctx = createTestContext()
    const bytes = zipSync({
      'data.json': packOf([photoRow]),
      [`photos/${HASH}.jpg`]: original,
      [`photos/${PREVIEW}.jpg`]: preview,
      '../../evil.sh': new TextEncoder().encode('rm -rf ~'),
    })
    const message = refusal(await importExportFile(ctx, ctx.bridge, bytes))
    expect(message.en).toContain('The archive holds an entry "../../evil.sh" that is not a Pelatih file or points outside its folder')
    expect(message.id).toContain('menunjuk ke luar foldernya')
    await nothingChanged(ctx)
    expect(ctx.bridge.photos.size).toBe(0)
  })

  it.each([
    ['a 30,000 × 30,000 picture', pngHeader(30_000, 30_000)],
    ['a PDF named .jpg', pdfBytes()],
  ])('refuse %s, changing nothing', async (_name, bad) => {
    const ctx = createTestContext()
    const badHash = photoHashOf(bad)
    const row = { ...photoRow, hash: badHash }
    const bytes = zipSync({ 'data.json': packOf([row]), [`photos/${badHash}.jpg`]: bad, [`photos/${PREVIEW}.jpg`]: preview })
    const message = refusal(await importExportFile(ctx, ctx.bridge, bytes))
    expect(message.en).toContain('is not a JPEG, PNG or WebP picture of at most 100 megapixels')
    expect(message.id).toContain('bukan gambar JPEG, PNG, atau WebP')
    await nothingChanged(ctx)
  })

  it('still import an old single-JSON file whose photos are data URLs, storing the files first', async () => {
    const ctx = createTestContext()
    const dataUrl = (b: Uint8Array) => `data:image/jpeg;base64,${btoa(String.fromCharCode(...b))}`
    const { hash: _h, previewHash: _p, bytes: _b, ...v1 } = photoRow
    const outcome = await importExportFile(
      ctx,
      ctx.bridge,
      packOf([], 1, [{ ...v1, original: dataUrl(original), preview: dataUrl(preview) }]),
    )
    expect(outcome).toMatchObject({ ok: true, added: 2 })
    expect(await ctx.db.photos.get('ph-1')).toMatchObject({ hash: HASH, previewHash: PREVIEW })
    expect([...ctx.bridge.photos.keys()].sort()).toEqual([HASH, PREVIEW].sort())
  })
})

describe('rolling backups', () => {
  it('refer to the photo store instead of copying photos, and restore with them', async () => {
    const ctx = createTestContext()
    await importExportFile(
      ctx,
      ctx.bridge,
      buildArchive(
        packOf([photoRow]),
        new Map([
          [HASH, original],
          [PREVIEW, preview],
        ]),
      ),
    )
    const built = await buildExport(ctx.db, 'backup')
    expect(built.bytes.byteLength).toBeLessThan(8_000)
    const written = await ctx.bridge.writeBackup({
      bytes: built.bytes,
      reason: 'manual',
      trainings: built.trainings,
      counts: built.counts,
      photos: built.photos,
    })
    if (!written.ok) throw new Error('not written')
    await ctx.db.photos.clear()
    expect(await restoreBackup(ctx, ctx.bridge, written.value.name)).toMatchObject({ ok: true, added: 1 })
    expect(await ctx.db.photos.get('ph-1')).toMatchObject({ hash: HASH })
  })
})
