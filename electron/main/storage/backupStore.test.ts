import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupStore } from './backupStore'

const folders: string[] = []
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pelatih-backups-'))
  folders.push(folder)
  return folder
}
afterEach(async () => {
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true })
})

const DAY = 24 * 60 * 60 * 1000
const bytes = (text: string) => new TextEncoder().encode(text)

describe('backupStore', () => {
  it('writes a backup with its summary, lists it and reads it back byte for byte', async () => {
    const folder = await tempFolder()
    const store = createBackupStore(folder, { now: () => Date.UTC(2026, 10, 27, 9), utcOffsetMin: () => 420 })
    const info = await store.write(bytes('{"format":"pelatih-export"}'), {
      reason: 'manual',
      trainings: ['Mobilisasi Sumber Daya OMS'],
      counts: { trainings: 1 },
    })
    expect(info).toMatchObject({ reason: 'manual', trainings: ['Mobilisasi Sumber Daya OMS'], bytes: 27 })
    expect(await store.list()).toEqual([info])
    expect(new TextDecoder().decode(await store.read(info.name))).toBe('{"format":"pelatih-export"}')
  })

  it('lists a backup of more than 1000 trainings (it would otherwise be written but never shown)', async () => {
    const folder = await tempFolder()
    const store = createBackupStore(folder, { now: () => Date.UTC(2026, 10, 27, 9), utcOffsetMin: () => 420 })
    const trainings = Array.from({ length: 1001 }, (_, i) => `Pelatihan ${i + 1}`)
    const info = await store.write(bytes('{}'), { reason: 'auto', trainings, counts: { trainings: 1001 } })
    expect((await store.list()).map((b) => b.name)).toEqual([info.name])
  })

  it('keeps 3 from today and 1 per earlier day, at most 10, deleting the rest with their summaries', async () => {
    const folder = await tempFolder()
    let clock = Date.UTC(2026, 10, 10, 3)
    const store = createBackupStore(folder, { now: () => clock, utcOffsetMin: () => 0 })
    for (let day = 0; day < 14; day += 1) {
      for (let i = 0; i < 4; i += 1) {
        clock = Date.UTC(2026, 10, 10 + day, 3 + i)
        await store.write(bytes(`day ${day} #${i}`), { reason: 'auto', trainings: [], counts: {} })
      }
    }
    const kept = await store.list()
    expect(kept).toHaveLength(10)
    const today = kept.filter((b) => b.createdAt >= Date.UTC(2026, 10, 23))
    expect(today).toHaveLength(3)
    const earlierDays = new Set(kept.filter((b) => b.createdAt < Date.UTC(2026, 10, 23)).map((b) => Math.floor(b.createdAt / DAY)))
    expect(earlierDays.size).toBe(7)
    expect((await readdir(folder)).length).toBe(20)
  })

  it('refuses to read anything that is not one of its backup files', async () => {
    const folder = await tempFolder()
    const store = createBackupStore(folder)
    await writeFile(join(folder, 'secret.txt'), 'x')
    await expect(store.read('../secret.txt')).rejects.toThrow(/not a backup file/)
    await expect(store.read('secret.txt')).rejects.toThrow(/not a backup file/)
  })

  it('leaves out a backup whose summary is missing or broken instead of failing the list', async () => {
    const folder = await tempFolder()
    const store = createBackupStore(folder, { now: () => Date.UTC(2026, 10, 27) })
    const info = await store.write(bytes('{}'), { reason: 'auto', trainings: [], counts: {} })
    await writeFile(join(folder, 'pelatih-backup-20261126-000000-000-auto.json'), '{}')
    await writeFile(join(folder, 'pelatih-backup-20261126-000000-000-auto.json.meta'), '{broken')
    expect((await store.list()).map((b) => b.name)).toEqual([info.name])
  })

  it('leaves no backup without its summary when a write stops between its two files, and the photo files stay collectable', async () => {
    const folder = await tempFolder()
    let clock = Date.UTC(2026, 10, 27, 9)
    const store = createBackupStore(folder, { now: () => clock, utcOffsetMin: () => 0 })
    const good = await store.write(bytes('{"good":1}'), { reason: 'auto', trainings: ['A'], counts: {}, photos: ['a'.repeat(64)] })
    clock += 60_000
    // The second file of the next backup cannot be written (as if the app died there).
    const next = 'pelatih-backup-20261127-090100-000-manual.json'
    await mkdir(join(folder, `${next}.meta`, 'blocked'), { recursive: true })
    await expect(store.write(bytes('{"next":1}'), { reason: 'manual', trainings: ['A'], counts: {} })).rejects.toThrow()
    await rm(join(folder, `${next}.meta`), { recursive: true })
    // Nothing half-written stands in the folder: the good backup is listed, and the store can
    // still tell which photo files the backups need (a backup without summary would block that).
    expect((await readdir(folder)).filter((name) => name.endsWith('.json'))).toEqual([good.name])
    expect(await store.list()).toEqual([good])
    expect(await store.referencedPhotos()).toEqual(new Set(['a'.repeat(64)]))
  })

  it('removes what interrupted writes left behind (temporary files, a summary without its backup) at the next write', async () => {
    const folder = await tempFolder()
    const clock = Date.UTC(2026, 10, 27, 9)
    const store = createBackupStore(folder, { now: () => clock, utcOffsetMin: () => 0 })
    const leftovers = ['.pelatih-backup-20261127-080000-000-auto.json.4242.a1b2c3.tmp', 'pelatih-backup-20261127-080000-000-auto.json.meta']
    for (const name of leftovers) {
      await writeFile(join(folder, name), 'half')
      const hourAgo = new Date(clock - 60 * 60 * 1000)
      await utimes(join(folder, name), hourAgo, hourAgo)
    }
    const info = await store.write(bytes('{}'), { reason: 'auto', trainings: [], counts: {} })
    expect((await readdir(folder)).sort()).toEqual([info.name, `${info.name}.meta`])
  })
})
