import type { Page } from 'playwright-core'
import { foldEntries } from '../electron/main/storage/journalSnapshot'
import { journalPhotoHashes } from '../electron/main/storage/photoCollection'
import { PhotoStoreError } from '../electron/main/storage/photoStore'
import type { BridgeServer } from './bridgeServer'
import { CHAR_MS, KillLoopError, pause, type ActionKind, type ActionRun } from './killKind'

/** A photo the user has seen added, and its caption as typed. */
interface ShownPhoto {
  caption: string
  /** A caption key whose command died with the browser: it may have landed. */
  maybe: string
  /** How much of `caption` the indicator had shown as "Saved". */
  confirmed: number
}

/** How long the bridge holds each photos:put after its file is on disk: kills land between the file and the row. */
const PUT_DELAY_MS = 150

/** A JPEG the browser draws (a flipchart with the label), different for every label. */
async function flipchart(page: Page, label: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (text) => {
    const canvas = new OffscreenCanvas(2000, 1500)
    const g = canvas.getContext('2d')
    if (!g) throw new Error('no canvas')
    g.fillStyle = '#f4f1ea'
    g.fillRect(0, 0, 2000, 1500)
    for (let i = 0; i < 12; i++) {
      g.fillStyle = ['#ffd54f', '#81d4fa', '#a5d6a7', '#f48fb1'][i % 4] ?? '#fff'
      g.fillRect(100 + (i % 4) * 460, 300 + Math.floor(i / 4) * 380, 400, 320)
    }
    g.fillStyle = '#1a237e'
    g.font = 'bold 120px sans-serif'
    g.fillText(text, 100, 200)
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  }, label)
  return Buffer.from(base64, 'base64')
}

/** The photos on screen: how many, whether every picture has loaded, and their captions. */
function photosOnScreen(page: Page): Promise<{ count: number; loaded: number; missing: number; captions: string[] }> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-testid="photo"]')]
    return {
      count: cards.length,
      loaded: cards.filter((card) => {
        const img = card.querySelector<HTMLImageElement>('img[data-testid="photo-img"]')
        return img !== null && img.complete && img.naturalWidth > 0
      }).length,
      missing: cards.filter((card) => card.querySelector('[data-testid="photo-missing"]') !== null).length,
      captions: cards.map((card) => card.querySelector<HTMLInputElement>('[data-testid="photo-caption"]')?.value ?? ''),
    }
  })
}

/**
 * What the disk copy holds of photos: rows of the journal whose files are missing or damaged
 * (each a loss), and stored files nothing refers to (left by an add the kill cut short; the
 * collection removes them after the grace period).
 */
export async function photoFilesOnDisk(server: BridgeServer): Promise<{ broken: string[]; orphans: number; rows: number }> {
  const since = await server.journal.readSince(0)
  const rows = (foldEntries(since.snapshot, since.entries, 0).tables['photos'] ?? []).filter((row) => row['deletedAt'] === null)
  const broken: string[] = []
  for (const row of rows) {
    for (const key of ['hash', 'previewHash']) {
      try {
        await server.photos.read(String(row[key]))
      } catch (error) {
        if (!(error instanceof PhotoStoreError)) throw error
        broken.push(
          `photo row ${String(row['id'])} (caption ${JSON.stringify(row['caption'])}): its ${key === 'hash' ? 'picture' : 'preview'} file is ${error.problem}`,
        )
      }
    }
  }
  const referenced = journalPhotoHashes(since)
  for (const hash of (await server.backups.referencedPhotos()) ?? []) referenced.add(hash)
  const orphans = (await server.photos.hashes()).filter((hash) => !referenced.has(hash)).length
  return { broken, orphans, rows: rows.length }
}

/**
 * Adding photos, killed at random moments: while the file is read and its preview made, while
 * photos:put writes it, between the file write and the row's commit (the bridge holds each
 * answer a little), and while their captions are typed. Every photo the user saw added must
 * come back with its picture and its saved caption; one the kill cut short comes back whole or
 * not at all; no row names a missing file.
 */
export function photoAddKind(server: BridgeServer, path: string): ActionKind {
  const shown: ShownPhoto[] = []
  let pending = 0
  let pendingFiles = 0
  let seenBeforeKill = 0
  let strokes: { photo: number; at: number; length: number }[] = []
  let typing: { photo: number; typed: string; cutOff: string }[] = []
  const counts = { added: 0, seen: 0, cutShort: 0, cameBack: 0, vanished: 0, captionTyped: 0, maxOrphans: 0, kills: 0 }
  const unsaved: string[] = []

  const open = async (page: Page) => {
    await page.goto(`${server.url}${path}`)
    await page.getByRole('tab', { name: 'Photos' }).click()
    await page.getByTestId('photo-drop').waitFor()
  }

  return {
    name: 'photo add',
    check: async (page, at) => {
      await open(page)
      const losses: string[] = []
      // The list fills once its query answers (no photo, or the first one), and each picture once its file is read.
      await page.getByTestId('photo').or(page.getByText('No photos for this session yet.')).first().waitFor()
      let screen = await photosOnScreen(page)
      const until = Date.now() + 10_000
      while ((screen.count < shown.length || screen.loaded + screen.missing < screen.count) && Date.now() < until) {
        await pause(100)
        screen = await photosOnScreen(page)
      }
      if (screen.count < shown.length)
        losses.push(`${at}, photo add: ${shown.length - screen.count} of ${shown.length} photos the app had shown did not come back`)
      if (screen.count > shown.length + pending)
        throw new KillLoopError(`${at}, photo add: ${screen.count} photos shown, only ${shown.length + pending} were added`)
      let landed = 0
      if (screen.loaded < screen.count)
        losses.push(
          `${at}, photo add: ${screen.count - screen.loaded} of ${screen.count} photos show no picture (${screen.missing} say the file is missing)`,
        )
      screen.captions.forEach((caption, i) => {
        const photo = shown[i]
        if (photo === undefined) {
          // An add the kill cut short that landed after all: it shows whole, captionless.
          if (caption !== '') throw new KillLoopError(`${at}, photo add: a photo no one captioned shows ${JSON.stringify(caption)}`)
          shown.push({ caption: '', maybe: '', confirmed: 0 })
          counts.cameBack += 1
          landed += 1
          return
        }
        if (!(photo.caption + photo.maybe).startsWith(caption)) {
          throw new KillLoopError(
            `${at}, photo add: caption ${i + 1} is ${JSON.stringify(caption)}, typed ${JSON.stringify(photo.caption)}${photo.maybe ? ` + cut off ${JSON.stringify(photo.maybe)}` : ''}`,
          )
        }
        if (caption.length < photo.confirmed)
          losses.push(`${at}, photo add: caption ${i + 1} lost ${photo.confirmed - caption.length} characters that showed "Saved"`)
        const notSaved = photo.caption.length - caption.length
        if (notSaved > 8) unsaved.push(`${at}, photo add: caption ${i + 1} had ${notSaved} characters typed and not saved`)
        photo.caption = caption
        photo.maybe = ''
        photo.confirmed = caption.length
      })
      counts.vanished += Math.max(0, pending - landed)
      const disk = await photoFilesOnDisk(server)
      losses.push(...disk.broken.map((line) => `${at}, photo add: ${line}`))
      counts.maxOrphans = Math.max(counts.maxOrphans, disk.orphans)
      // Only adds cut short leave files no row names (at most an original and a preview each).
      if (disk.orphans > 2 * counts.cutShort)
        throw new KillLoopError(`${at}, photo add: ${disk.orphans} stored files no row names, after ${counts.cutShort} adds cut short`)
      if (disk.rows < shown.length) losses.push(`${at}, photo add: the disk copy holds ${disk.rows} photo rows, ${shown.length} were shown`)
      pending = 0
      return losses
    },
    start: async ({ page, index, random, stop }: ActionRun) => {
      server.delayPhotoPuts(PUT_DELAY_MS)
      await open(page)
      const before = shown.length
      const files = 1 + Math.floor(random() * 3)
      const images = await Promise.all(Array.from({ length: files }, (_, j) => flipchart(page, `Plano ${index}.${j + 1}`)))
      pending = files
      pendingFiles = files
      counts.added += files
      strokes = []
      typing = []
      const work = (async () => {
        try {
          await page
            .getByTestId('photo-input')
            .setInputFiles(images.map((buffer, j) => ({ name: `IMG_${index}_${j + 1}.jpg`, mimeType: 'image/jpeg', buffer })))
          // Captions once every photo of the batch shows: the user types while nothing else saves.
          await page
            .getByTestId('photo')
            .nth(before + files - 1)
            .waitFor({ timeout: 15_000 })
          for (let j = 0; j < files && !stop.now; j += 1) {
            const photo = before + j
            const entry = { photo, typed: '', cutOff: '' }
            typing.push(entry)
            await page.getByTestId('photo-caption').nth(photo).click()
            for (const char of `Plano ${index}.${j + 1} `) {
              if (stop.now) break
              try {
                await page.keyboard.type(char)
              } catch {
                entry.cutOff = char
                return
              }
              entry.typed += char
              strokes.push({ photo, at: Date.now(), length: entry.typed.length })
              await pause(CHAR_MS)
            }
          }
        } catch {
          // The browser died under the add: what it had shown is read before the kill.
        }
      })()
      // From the file pick to the middle of the last caption: about 0.7 s an add, 1.6 s a caption.
      return { killAfterMs: Math.floor(random() * (600 + files * 2300)), work }
    },
    beforeKill: async (page) => {
      seenBeforeKill = await page
        .getByTestId('photo')
        .count()
        .catch(() => 0)
    },
    afterKill: (savedAt) => {
      counts.kills += 1
      const before = shown.length
      // Captions are typed once the whole batch shows, which may be just after the count was read.
      const seen = typing.length > 0 ? pendingFiles : Math.max(0, Math.min(pendingFiles, seenBeforeKill - before))
      for (let j = 0; j < seen; j += 1) shown.push({ caption: '', maybe: '', confirmed: 0 })
      counts.seen += seen
      counts.cutShort += pendingFiles - seen
      pending = pendingFiles - seen
      const savedMs = savedAt === null ? 0 : savedAt - 300
      for (const entry of typing) {
        const photo = shown[entry.photo]
        if (photo === undefined) continue
        photo.confirmed = photo.caption.length + (strokes.filter((s) => s.photo === entry.photo && s.at <= savedMs).at(-1)?.length ?? 0)
        photo.caption += entry.typed
        photo.maybe = entry.cutOff
        counts.captionTyped += entry.typed.length
      }
    },
    done: () => counts.added,
    figures: () =>
      `${counts.kills} kills, ${counts.added} photos added, ${counts.seen} shown before the kill, ${counts.cutShort} cut short ` +
      `(${counts.cameBack} came back whole, ${counts.vanished} not at all), ${counts.captionTyped} caption characters typed, ` +
      `${shown.filter((p) => p.caption !== '').length} captions at the end, stored files no row names at most ${counts.maxOrphans}`,
    tooMuchUnsaved: () => unsaved,
  }
}
