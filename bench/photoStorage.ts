import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createAppHarness } from '../e2e/appHarness'
import { seedTraining } from '../e2e/__fixtures__/seedTraining'
import type { Change } from '../shared/journal/journalEntry'
import { jpegHeader } from '../shared/photos/__fixtures__/imageBytes'
import { takeLongTasks, type LongTaskWindow } from './exportTyping'

/** The figures of the photo storage benchmark. */
export interface PhotoStorageResult {
  /** Size of the photo captioned (bytes). */
  captionPhotoBytes: number
  /** Bytes the caption edit appended to the journal. */
  captionJournalBytes: number
  /** What the same edit appended when rows held the photo as a data URL (the row's size then). */
  captionJournalBytesAsDataUrl: number
  photos: number
  /** One copy of every photo file plus one backup's data (bytes). */
  oneCopyBytes: number
  /** The photo store plus ten backups as written (bytes). */
  tenBackupsBytes: number
  /** Longest main-thread task seen while the ten backups were written (ms; 0 when none reached 50 ms). */
  longestTaskDuringBackupMs: number
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const path = join(folder, entry.name)
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size
  }
  return total
}

/** A real JPEG of about `megabytes` MB drawn by the browser (noise compresses badly, like a camera's detail). */
async function noiseJpeg(page: Page, megabytes: number): Promise<Buffer> {
  const base64 = await page.evaluate(async (mb) => {
    // Noise at quality 0.9 takes about 0.83 bytes a pixel.
    const side = Math.round(Math.sqrt((mb * 1_000_000) / 0.83 / 0.75))
    const canvas = new OffscreenCanvas(side, Math.round(side * 0.75))
    const g = canvas.getContext('2d')
    if (!g) throw new Error('no canvas')
    const image = g.createImageData(canvas.width, canvas.height)
    for (let i = 0; i < image.data.length; i++) image.data[i] = (i % 4 === 3 ? 255 : Math.random() * 256) | 0
    g.putImageData(image, 0, 0)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(text)
  }, megabytes)
  return Buffer.from(base64, 'base64')
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LongTaskWindow
    w.benchLongTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLongTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
}

/**
 * Two measurements in Chromium against the built renderer: (1) add a ~10 MB photo in the app,
 * edit its caption and count the bytes the journal grew by; (2) a training with 200 photos of
 * 3 MB (files already in the photo store, rows in the journal), "Back up now" ten times: the
 * store plus the ten backups against one copy of the photos plus the data, and the longest
 * main-thread task meanwhile.
 */
export async function runPhotoStorageBench(): Promise<PhotoStorageResult> {
  const harness = await createAppHarness()
  try {
    const seed = seedTraining()
    const sessionId = seed.changes.flatMap((c) => (c.op === 'put' && c.table === 'sessions' ? [String(c.row['id'])] : []))[0] ?? null
    const now = Date.UTC(2026, 10, 27, 2, 0)
    const PHOTOS = 200
    const photoRows: Change[] = []
    for (let i = 0; i < PHOTOS; i++) {
      const original = jpegHeader(4000, 3000, 3_000_000, i % 256)
      original.set([i >> 8, i & 255], 100)
      const preview = jpegHeader(1600, 1200, 250_000, i % 256)
      preview.set([i >> 8, i & 255], 100)
      const a = await harness.server.photos.put(original)
      const b = await harness.server.photos.put(preview)
      photoRows.push({
        op: 'put',
        table: 'photos',
        row: {
          id: `photo-${i}`,
          trainingId: seed.trainingId,
          sessionId,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          caption: `Foto ${i + 1}`,
          mime: 'image/jpeg',
          width: 4000,
          height: 3000,
          hash: a.hash,
          previewHash: b.hash,
          bytes: original.byteLength,
          order: i + 1,
        },
      })
    }
    await harness.server.journal.append(seed.changes)
    for (let i = 0; i < photoRows.length; i += 50) await harness.server.journal.append(photoRows.slice(i, i + 50))
    const { page } = await harness.launch()

    // (1) A caption edit on a photo of about 10 MB, added in the app.
    await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/capture`)
    await page.getByRole('tab', { name: 'Photos' }).click()
    await page.getByTestId('photo-drop').waitFor()
    const big = await noiseJpeg(page, 10.5)
    const before = await harness.server.photos.hashes()
    await page.getByTestId('photo-input').setInputFiles({ name: 'IMG_1001.jpg', mimeType: 'image/jpeg', buffer: big })
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="photo"]').length > n, PHOTOS, { timeout: 120_000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved')
    const added = (await harness.server.photos.hashes()).filter((h) => !before.includes(h))
    if (added.length !== 2) throw new Error(`expected the photo and its preview in the store, found ${added.length} new files`)
    const journalBefore = harness.server.journal.manifest().bytes
    const caption = page.getByTestId('photo-caption').last()
    await caption.fill('Dinding metaplan kelompok 3')
    await caption.press('Tab')
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved')
    await page.waitForFunction(() => !document.querySelector('[data-testid="save-status"]')?.textContent?.includes('Saving'))
    const captionJournalBytes = harness.server.journal.manifest().bytes - journalBefore

    // (2) Ten rolling backups of the 200-photo training.
    await page.goto(`${harness.server.url}/#/data`)
    const backupNow = page.getByRole('button', { name: /Back up now|Cadangkan sekarang/ })
    await backupNow.waitFor({ timeout: 120_000 })
    await observeLongTasks(page)
    let written = 0
    let oneBackup = 0
    const longTasks: number[] = []
    for (let i = 0; i < 10; i++) {
      const newestBefore = (await harness.server.backups.list())[0]?.name ?? ''
      await backupNow.click()
      // Retention keeps three of today's backups on disk; each one written is counted here, as if all ten were kept.
      let newest = (await harness.server.backups.list())[0]
      const deadline = Date.now() + 120_000
      while ((newest?.name ?? '') === newestBefore && Date.now() < deadline) {
        await page.waitForTimeout(50)
        newest = (await harness.server.backups.list())[0]
      }
      if (!newest || newest.name === newestBefore) throw new Error('no backup written')
      await page
        .getByRole('button', { name: /Back up now|Cadangkan sekarang/ })
        .and(page.locator(':not([data-loading])'))
        .waitFor()
      written += newest.bytes
      oneBackup = newest.bytes
      longTasks.push(...(await takeLongTasks(page)))
    }
    if (harness.errors().length > 0) throw new Error(`The page reported errors: ${harness.errors().join('; ')}`)
    const storeBytes = await folderBytes(join(harness.dataFolder, 'photos'))
    return {
      captionPhotoBytes: big.byteLength,
      captionJournalBytes,
      captionJournalBytesAsDataUrl: Math.ceil((big.byteLength * 4) / 3) + 600,
      photos: PHOTOS,
      // The store holds each photo file once: the 200 photos, their previews and the captioned photo.
      oneCopyBytes: storeBytes + oneBackup,
      tenBackupsBytes: storeBytes + written,
      longestTaskDuringBackupMs: Math.round(Math.max(0, ...longTasks)),
    }
  } finally {
    await harness.dispose()
  }
}

/** The figures as a few lines for the bench output. */
export function formatPhotoStorageBench(r: PhotoStorageResult): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  const ratio = r.tenBackupsBytes / r.oneCopyBytes
  return [
    `Caption edit on a ${mb(r.captionPhotoBytes)} photo: ${r.captionJournalBytes} bytes appended to the journal (as a data-URL row: ~${mb(r.captionJournalBytesAsDataUrl)}; ratio ${(r.captionJournalBytes / r.captionJournalBytesAsDataUrl).toExponential(1)}) -> ${r.captionJournalBytes < 2048 ? 'OK' : 'OVER BUDGET'} (goal < 2 KB)`,
    `Ten rolling backups of a training with ${r.photos} photos of 3 MB: ${mb(r.tenBackupsBytes)} on disk against one copy of the photos plus the data ${mb(r.oneCopyBytes)} = ${ratio.toFixed(3)}x -> ${ratio <= 1.2 ? 'OK' : 'OVER BUDGET'} (goal <= 1.2x)`,
    `  longest main-thread task while the backups were written: ${r.longestTaskDuringBackupMs === 0 ? 'none over 50 ms' : `${r.longestTaskDuringBackupMs} ms`} -> ${r.longestTaskDuringBackupMs <= 50 ? 'OK' : 'OVER BUDGET'} (goal <= 50 ms)`,
  ].join('\n')
}
