import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Change, JournalSince } from '../../../shared/journal/journalEntry'
import type { Idea } from '../../../shared/model/brainstorm'
import { jpegHeader } from '../../../shared/photos/__fixtures__/imageBytes'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { foldIntoSnapshotFile, type Compactor } from './journalCompaction'
import { foldEntries } from './journalSnapshot'
import { openJournalStore, SNAPSHOT_FILE, type JournalStore, type JournalStoreOptions } from './journalStore'
import { createPhotoStore } from './photoStore'
import { summaryPathOf } from './snapshotFile'

let root: string
let folder: string
const open: JournalStore[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pelatih-compaction-'))
  folder = join(root, 'journal')
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()))
  await rm(root, { recursive: true, force: true })
})

async function openStore(at = folder, options: JournalStoreOptions = {}): Promise<JournalStore> {
  const store = await openJournalStore(at, { now: () => 1_700_000_000_000, ...options })
  open.push(store)
  return store
}

const NOW = 1_700_000_000_000
const idea = (n: number, text: string): Idea => ({
  id: `i${n}`,
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: null,
  trainingId: 't1',
  sessionId: 's1',
  roundId: 'r1',
  text,
  clusterId: null,
  votes: n % 7,
  author: '',
  group: 'Kelompok 1',
  order: n,
})
const putIdea = (n: number, text: string): Change => ({ op: 'put', table: 'ideas', row: idea(n, text) })
/** A card text of about 1 KB, as long notes are. */
const longText = (n: number) => `Catatan ${n}: ${'relawan desa pendampingan '.repeat(40)}`

/** The card texts a reader ends up with after applying what readSince returned, by id. */
function cardsOf(since: JournalSince): Record<string, unknown> {
  const rows = foldEntries(since.snapshot, since.entries, 0).tables['ideas'] ?? []
  return Object.fromEntries(rows.map((row): [string, unknown] => [String(row['id']), row['text']]))
}

/** A compaction whose fold waits until `release` is called, then runs the real fold. */
function heldCompactor(): { compactor: Compactor; started: Promise<void>; release: () => void } {
  let release = () => undefined as void
  let started = () => undefined as void
  const gate = new Promise<void>((resolve) => (release = resolve))
  const startedPromise = new Promise<void>((resolve) => (started = resolve))
  return {
    compactor: async (job) => {
      started()
      await gate
      return foldIntoSnapshotFile(job)
    },
    started: startedPromise,
    release: () => release(),
  }
}

describe('journal compaction', () => {
  it('compacts once the journal passes its size, keeping every row, also after a reopen', async () => {
    const store = await openStore(folder, { compactAfterBytes: 20_000 })
    const expected: Record<string, string> = {}
    for (let n = 1; n <= 40; n += 1) {
      await store.append([putIdea(n % 25, longText(n))])
      expected[`i${n % 25}`] = longText(n)
    }
    await vi.waitFor(() => expect(store.manifest().snapshotSeq).toBeGreaterThan(0))
    expect(store.manifest().bytes).toBeLessThanOrEqual(20_000 + 2_000)
    expect(cardsOf(await store.readSince(0))).toEqual(expected)
    await store.close()
    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ lastSeq: 40, complete: true, missingPart: false })
    expect(cardsOf(await reopened.readSince(0))).toEqual(expected)
  })

  it('keeps saving while a compaction folds, and keeps what was saved meanwhile', async () => {
    const held = heldCompactor()
    const store = await openStore(folder, { compactor: held.compactor })
    for (let n = 1; n <= 5; n += 1) await store.append([putIdea(n, `kartu ${n}`)])
    const compaction = store.compact()
    await held.started
    // The fold is under way and has not finished: saves still go through.
    expect(await store.append([putIdea(6, 'kartu 6')])).toEqual({ seq: 6 })
    expect(await store.append([putIdea(1, 'kartu 1 diubah')])).toEqual({ seq: 7 })
    expect(store.manifest()).toMatchObject({ snapshotSeq: 0, lastSeq: 7 })
    held.release()
    await compaction
    expect(store.manifest()).toMatchObject({ snapshotSeq: 5, lastSeq: 7, entryCount: 2, complete: true })
    const expected = { i1: 'kartu 1 diubah', i2: 'kartu 2', i3: 'kartu 3', i4: 'kartu 4', i5: 'kartu 5', i6: 'kartu 6' }
    expect(cardsOf(await store.readSince(0))).toEqual(expected)
    expect((await store.readSince(5)).entries.map((e) => e.seq)).toEqual([6, 7])
    await store.close()
    expect(cardsOf(await (await openStore()).readSince(0))).toEqual(expected)
  })

  it('loses nothing when the app dies while a compaction writes its snapshot', async () => {
    const crashed = join(root, 'crashed')
    const store = await openStore(folder, {
      compactor: async (job) => {
        const summary = await foldIntoSnapshotFile(job)
        // The power goes here: the new snapshot is written beside the old one, not yet in place.
        await cp(folder, crashed, { recursive: true })
        return summary
      },
    })
    for (let n = 1; n <= 3; n += 1) await store.append([putIdea(n, `kartu ${n}`)])
    await store.compact()
    await store.append([putIdea(4, 'kartu 4')])
    await store.compact()
    expect((await readdir(crashed)).some((name) => name.endsWith('.tmp'))).toBe(true)

    const recovered = await openStore(crashed)
    expect((await readdir(crashed)).some((name) => name.endsWith('.tmp'))).toBe(false)
    expect(recovered.manifest()).toMatchObject({ lastSeq: 4, complete: true })
    expect(cardsOf(await recovered.readSince(0))).toEqual({ i1: 'kartu 1', i2: 'kartu 2', i3: 'kartu 3', i4: 'kartu 4' })
  })

  it('reads the snapshot in full when the app died between writing it and its summary', async () => {
    const store = await openStore()
    for (let n = 1; n <= 3; n += 1) await store.append([putIdea(n, `kartu ${n}`)])
    await store.compact()
    const oldSummary = await readFile(summaryPathOf(join(folder, SNAPSHOT_FILE)))
    await store.append([putIdea(4, 'kartu 4')])
    await store.compact()
    await store.close()
    await writeFile(summaryPathOf(join(folder, SNAPSHOT_FILE)), oldSummary)

    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ lastSeq: 4, snapshotSeq: 4, complete: true, entryCount: 0 })
    expect(cardsOf(await reopened.readSince(0))).toEqual({ i1: 'kartu 1', i2: 'kartu 2', i3: 'kartu 3', i4: 'kartu 4' })
  })

  it('knows the disk copy is incomplete when the snapshot is gone and nothing was saved after it', async () => {
    const store = await openStore()
    for (let n = 1; n <= 3; n += 1) await store.append([putIdea(n, `kartu ${n}`)])
    await store.compact()
    await store.close()
    await unlink(join(folder, SNAPSHOT_FILE))
    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ complete: false, missingPart: true })
  })
})

/** A photo row as the version-1 app journaled it: both pictures inside it, as data URLs. */
const legacyPhoto = (() => {
  const dataUrl = (bytes: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`
  return {
    id: 'ph-1',
    trainingId: 't1',
    sessionId: 's1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    caption: 'Plano kelompok 2',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    original: dataUrl(jpegHeader(4000, 3000, 4096, 3)),
    preview: dataUrl(jpegHeader(1600, 1200, 512, 4)),
    order: 1,
  }
})()

/** A journal as an upgrade leaves it: an old photo entry (schema 1), then an edit by this app. */
async function journalWithLegacyPhoto(): Promise<void> {
  const writer = await openStore()
  await writer.append([{ op: 'put', table: 'photos', row: legacyPhoto }], 1)
  await writer.append([putIdea(1, 'kartu baru')])
  await writer.close()
  open.splice(open.indexOf(writer), 1)
}

describe('compacting a journal that holds old photo rows', () => {
  it('puts their pictures in the photo store first: after the fold and a replay, the picture is still there', async () => {
    await journalWithLegacyPhoto()
    const photosFolder = join(root, 'photos')
    // Due at once on opening, before any window has read (and so stashed) anything.
    const store = await openStore(folder, { compactAfterEntries: 1, photosFolder })
    await vi.waitFor(() => expect(store.manifest().snapshotSeq).toBe(2))
    const since = await store.readSince(0)
    const photo = foldEntries(since.snapshot, since.entries, 0).tables['photos']?.[0]
    expect(photo).toMatchObject({ id: 'ph-1', caption: 'Plano kelompok 2' })
    expect(photo).not.toHaveProperty('original')
    const files = legacyPhotoFiles(legacyPhoto)
    if (files === null) throw new Error('fixture photo without pictures')
    const photos = createPhotoStore(photosFolder)
    expect(await photos.read(String(photo?.['hash']))).toEqual(files.original.bytes)
    expect(await photos.read(String(photo?.['previewHash']))).toEqual(files.preview.bytes)
  })

  it('is refused when the store has no photo folder to put them in: the journal keeps the pictures', async () => {
    await journalWithLegacyPhoto()
    const before = await readFile(join(folder, 'journal.ndjson'), 'utf8')
    const store = await openStore(folder)
    await expect(store.compact()).rejects.toThrow(/old photo rows/)
    expect(store.manifest().snapshotSeq).toBe(0)
    expect(await readFile(join(folder, 'journal.ndjson'), 'utf8')).toBe(before)
  })
})
