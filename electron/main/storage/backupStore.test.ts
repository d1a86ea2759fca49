import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
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
    const info = await store.write(bytes('{"format":"pelatih-export"}'), { reason: 'manual', trainings: ['Mobilisasi Sumber Daya OMS'], counts: { trainings: 1 } })
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
})
