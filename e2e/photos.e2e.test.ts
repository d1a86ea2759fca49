import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { pdfBytes, pngHeader } from '../shared/photos/__fixtures__/imageBytes'
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
    const { page } = await harness.launch()
    await openPhotos(page, harness.server.url, seed.trainingId)

    await page.getByTestId('photo-input').setInputFiles({ name: 'laporan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(pdfBytes()) })
    await page.getByText('laporan.jpg is not a JPEG, PNG or WebP image.').waitFor()
    await page.getByTestId('photo-input').setInputFiles({ name: 'panorama.png', mimeType: 'image/png', buffer: Buffer.from(pngHeader(30_000, 30_000)) })
    await page.getByText('panorama.png has 30000 × 30000 pixels, more than the 100 megapixels a photo may have.', { exact: false }).waitFor()
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
})
