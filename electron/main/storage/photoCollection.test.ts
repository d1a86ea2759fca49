import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { jpegHeader } from '../../../shared/photos/__fixtures__/imageBytes'
import { createBackupStore } from './backupStore'
import { openJournalStore } from './journalStore'
import { collectUnusedPhotos } from './photoCollection'
import { createPhotoStore, PHOTO_GRACE_MS } from './photoStore'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-gc-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function ageAll(photosFolder: string): Promise<void> {
  const when = new Date(Date.now() - 2 * PHOTO_GRACE_MS)
  for (const shard of await readdir(photosFolder)) {
    for (const file of await readdir(join(photosFolder, shard))) await utimes(join(photosFolder, shard, file), when, when)
  }
}

const row = (id: string, hash: string, previewHash: string) => ({
  id,
  trainingId: 't',
  sessionId: null,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  caption: '',
  mime: 'image/jpeg',
  width: 1,
  height: 1,
  hash,
  previewHash,
  bytes: 1,
  order: 1,
})

describe('collectUnusedPhotos', () => {
  it('keeps every file a journaled row or a kept backup names, and removes only the others', async () => {
    const photos = createPhotoStore(join(folder, 'photos'))
    const journal = await openJournalStore(join(folder, 'journal'))
    const backups = createBackupStore(join(folder, 'backups'))
    try {
      const [live, preview, backedUp, orphan] = await Promise.all(
        [1, 2, 3, 4].map(async (n) => (await photos.put(jpegHeader(10, 10, 16, n))).hash),
      )
      await journal.append([{ op: 'put', table: 'photos', row: row('ph-1', live!, preview!) }])
      await backups.write(new TextEncoder().encode('{}'), { reason: 'auto', trainings: [], counts: {}, photos: [backedUp!] })
      await ageAll(join(folder, 'photos'))
      expect(await collectUnusedPhotos(photos, journal, backups)).toEqual([orphan])
      expect((await photos.hashes()).sort()).toEqual([live, preview, backedUp].sort())
    } finally {
      await journal.close()
    }
  })

  it('removes nothing when a backup cannot say what it needs', async () => {
    const photos = createPhotoStore(join(folder, 'photos'))
    const journal = await openJournalStore(join(folder, 'journal'))
    const backups = createBackupStore(join(folder, 'backups'))
    try {
      await photos.put(jpegHeader(10, 10, 16, 9))
      const info = await backups.write(new TextEncoder().encode('{}'), { reason: 'auto', trainings: [], counts: {}, photos: [] })
      await writeFile(join(folder, 'backups', `${info.name}.meta`), '{ damaged')
      await ageAll(join(folder, 'photos'))
      expect(await collectUnusedPhotos(photos, journal, backups)).toEqual([])
      expect(await photos.hashes()).toHaveLength(1)
    } finally {
      await journal.close()
    }
  })
})
