import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { createExportFile } from '../shared/exchange/createExportFile'
import { buildArchive } from '../shared/exchange/photoArchive'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'
import { pdfBytes, pngHeader } from '../shared/photos/__fixtures__/imageBytes'
import { photoHashOf } from '../shared/photos/photoHash'
import { journaledRow } from './__fixtures__/journaledRow'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

/** A camera-sized JPEG of a flipchart with coloured cards, drawn by the browser itself. */
async function flipchartJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(3200, 2400)
    const g = canvas.getContext('2d')
    if (!g) throw new Error('no canvas')
    g.fillStyle = '#f4f1ea'
    g.fillRect(0, 0, 3200, 2400)
    const colours = ['#ffd54f', '#81d4fa', '#a5d6a7', '#f48fb1']
    for (let i = 0; i < 24; i++) {
      g.fillStyle = colours[i % 4] ?? '#fff'
      g.fillRect(200 + (i % 6) * 480, 300 + Math.floor(i / 6) * 480, 400, 360)
      g.fillStyle = '#333'
      g.font = '64px sans-serif'
      g.fillText(`Ide ${i + 1}`, 240 + (i % 6) * 480, 420 + Math.floor(i / 6) * 480)
    }
    g.fillStyle = '#1a237e'
    g.font = 'bold 140px sans-serif'
    g.fillText('Tantangan relawan', 200, 200)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(text)
  })
  return Buffer.from(base64, 'base64')
}

/** A full backup archive of a seeded training with one photo of its first session. */
function backupArchiveWith(jpeg: Buffer, escape = false): Uint8Array {
  const seed = seedTraining({ title: 'Pelatihan dari Arsip' })
  const tables: Record<string, Record<string, unknown>[]> = {}
  for (const change of seed.changes) if (change.op === 'put') (tables[change.table] ??= []).push(change.row)
  const session = tables['sessions']?.[0]
  const hash = photoHashOf(jpeg)
  const now = Date.UTC(2026, 10, 27, 3, 0)
  tables['photos'] = [
    journaledRow({
      id: 'photo-archive',
      trainingId: seed.trainingId,
      sessionId: session?.['id'] ?? null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      caption: 'Plano dari arsip',
      mime: 'image/jpeg',
      width: 3200,
      height: 2400,
      hash,
      previewHash: hash,
      bytes: jpeg.byteLength,
      order: 1,
    }),
  ]
  const data = new TextEncoder().encode(
    createExportFile({ appVersion: 'test', createdAt: now, kind: 'backup', schemaVersion: CURRENT_SCHEMA_VERSION, tables: tables }),
  )
  if (escape) return zipSync({ 'data.json': data, [`photos/${hash}.jpg`]: jpeg, '../photos/evil.jpg': jpeg })
  return buildArchive(data, new Map([[hash, new Uint8Array(jpeg)]]))
}

async function importArchive(page: Page, bytes: Uint8Array): Promise<string> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('import-file').click()
  await (await chooser).setFiles({ name: 'pelatih-backup-all-2026-11-27.zip', mimeType: 'application/zip', buffer: Buffer.from(bytes) })
  const outcome = page.getByTestId('import-outcome')
  await outcome.waitFor()
  const text = (await outcome.textContent()) ?? ''
  await outcome.getByRole('button').click()
  await outcome.waitFor({ state: 'detached' })
  return text
}

async function openPhotos(page: Page, url: string, trainingId: string): Promise<void> {
  await page.goto(`${url}/#/trainings/${trainingId}/capture`)
  await page.getByRole('tab', { name: 'Photos' }).click()
  await page.getByTestId('photo-drop').waitFor()
}

/** Whether every photo on screen has loaded a picture (not a broken or empty image). */
function photosShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const images = [...document.querySelectorAll<HTMLImageElement>('[data-testid="photo-img"]')]
    return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0)
  })
}

describe('photos in Chromium', () => {
  it('adds a photo through the photo store, captions it with a small journal entry, and shows it after a reload; refuses a PDF named .jpg and a 30,000 × 30,000 picture', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    await openPhotos(page, harness.server.url, seed.trainingId)

    await page.getByTestId('photo-input').setInputFiles({ name: 'laporan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(pdfBytes()) })
    await page.getByText('laporan.jpg is not a JPEG, PNG or WebP image.').waitFor()
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'panorama.png', mimeType: 'image/png', buffer: Buffer.from(pngHeader(30_000, 30_000)) })
    await page
      .getByText('panorama.png has 30000 × 30000 pixels, more than the 100 megapixels a photo may have.', { exact: false })
      .waitFor()
    expect(await harness.server.photos.hashes()).toEqual([])
    await expect(page.getByTestId('photo').count()).resolves.toBe(0)

    const jpeg = await flipchartJpeg(page)
    await page.getByTestId('photo-input').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await page.getByTestId('photo').waitFor()
    await expect.poll(() => photosShown(page)).toBe(true)
    await expect(page.getByTestId('photo').innerText()).resolves.toContain('3200 × 2400 px')
    // The original as it came, and a preview of at most 1600 px, each stored once.
    await expect.poll(() => harness?.server.photos.hashes().then((h) => h.length)).toBe(2)

    const before = harness.server.journal.manifest().bytes
    const since = Date.now()
    await page.getByTestId('photo-caption').fill('Dinding metaplan: tantangan relawan')
    await page.keyboard.press('Tab')
    await waitForSavedAfter(page, since)
    const appended = harness.server.journal.manifest().bytes - before
    expect(appended).toBeGreaterThan(0)
    expect(appended).toBeLessThan(2048)

    await page.reload()
    await openPhotos(page, harness.server.url, seed.trainingId)
    await expect.poll(() => page.getByTestId('photo-caption').inputValue()).toBe('Dinding metaplan: tantangan relawan')
    await expect.poll(() => photosShown(page)).toBe(true)
    await screenshot(page, 'capture-photo-stored-en')
  })

  it('restores a backup archive with its photo, and refuses one with a path out of its folder, changing nothing', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    const jpeg = await flipchartJpeg(page)
    await page.getByTestId('open-data').click()

    const refused = await importArchive(page, backupArchiveWith(jpeg, true))
    expect(refused).toContain('The archive holds an entry "../photos/evil.jpg" that is not a Pelatih file or points outside its folder')
    expect(refused).toContain('Nothing was changed.')
    expect(await harness.server.photos.hashes()).toEqual([])

    const restored = await importArchive(page, backupArchiveWith(jpeg))
    expect(restored).toMatch(/^Imported backup: \d+ new/)
    expect(await harness.server.photos.hashes()).toEqual([photoHashOf(jpeg)])
    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').filter({ hasText: 'Pelatihan dari Arsip' }).click()
    const trainingId = /#\/trainings\/([^/]+)/.exec(page.url())?.[1] ?? ''
    await openPhotos(page, harness.server.url, trainingId)
    await expect.poll(() => page.getByTestId('photo-caption').inputValue()).toBe('Plano dari arsip')
    await expect.poll(() => photosShown(page)).toBe(true)
    await screenshot(page, 'capture-photo-from-archive-en')
  })
})
