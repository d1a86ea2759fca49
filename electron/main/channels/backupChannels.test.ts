import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackupStore } from '../storage/backupStore'
import { backupChannels, MAX_BACKUP_WRITES_PER_MINUTE } from './backupChannels'
import { runChannel } from './runChannel'

const MINUTE = 60_000
const trainerWindow = { sender: { id: 1 } }
const request = { bytes: new TextEncoder().encode('{}'), reason: 'manual' as const, trainings: ['T'], counts: {} }

let folder: string
let clock: number
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-backup-channels-'))
  // 09:00 UTC, and the store counts days in UTC too.
  clock = Date.UTC(2026, 11, 7, 9, 0)
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function setup() {
  const store = createBackupStore(folder, { now: () => clock, utcOffsetMin: () => 0 })
  return { store, channels: backupChannels(store, { now: () => clock }) }
}

describe('backup:write limits', () => {
  it("a page writing backups in a loop cannot rotate away today's earlier backups", async () => {
    const { store, channels } = setup()
    for (const hour of [0, 1, 2]) {
      clock += hour * 60 * MINUTE
      await channels['backup:write'](request, trainerWindow)
    }
    const today = (await store.list()).map((b) => b.name)
    expect(today).toHaveLength(3)
    // A loop starts at 12:01. Its first write rotates away the backup of 09:00: an ordinary day...
    clock += MINUTE
    await channels['backup:write'](request, trainerWindow)
    // ...but the next would leave today with no backup from before the loop began.
    clock += 1000
    await expect(channels['backup:write'](request, trainerWindow)).rejects.toThrow(/before the last 5 minutes/)
    const answer = await runChannel('backup:write', channels['backup:write'], request, trainerWindow)
    expect(answer).toMatchObject({ ok: false, error: { code: 'rate-limited' } })
    const kept = (await store.list()).map((b) => b.name)
    expect(kept).toHaveLength(3)
    expect(kept).toEqual(expect.arrayContaining(today.slice(0, 2)))
    // Written side by side, the calls are still checked one after the other.
    const burst = await Promise.allSettled([1, 2, 3].map(() => channels['backup:write'](request, trainerWindow)))
    expect(burst.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected'])
    // Five minutes on, the loop's own first backup is settled: writing goes on.
    clock += 5 * MINUTE
    await expect(channels['backup:write'](request, trainerWindow)).resolves.toMatchObject({ reason: 'manual' })
  })

  it(`refuses more than ${MAX_BACKUP_WRITES_PER_MINUTE} writes a minute from one window, and takes them again a minute later`, async () => {
    // An empty folder: nothing is rotated away, only the rate counts.
    const store = createBackupStore(join(folder, 'empty'), { now: () => clock, utcOffsetMin: () => 0 })
    const limited = backupChannels(
      { ...store, nextWritePreview: () => Promise.resolve({ rotatedToday: [], keptToday: [] }) },
      { now: () => clock },
    )
    for (let i = 0; i < MAX_BACKUP_WRITES_PER_MINUTE; i++) {
      clock += 1000
      await limited['backup:write'](request, trainerWindow)
    }
    await expect(limited['backup:write'](request, trainerWindow)).rejects.toThrow(/in the last minute/)
    // The page gets a code it can put in the user's language, not only main's English sentence.
    const answer = await runChannel('backup:write', limited['backup:write'], request, trainerWindow)
    expect(answer).toMatchObject({ ok: false, error: { code: 'rate-limited' } })
    // Another window has its own allowance.
    await expect(limited['backup:write'](request, { sender: { id: 2 } })).resolves.toMatchObject({ reason: 'manual' })
    clock += MINUTE
    await expect(limited['backup:write'](request, trainerWindow)).resolves.toMatchObject({ reason: 'manual' })
  })

  it('keeps writing the automatic backup every 3 minutes of a long day', async () => {
    const { store, channels } = setup()
    for (let i = 0; i < 20; i++) {
      clock += 3 * MINUTE
      await channels['backup:write']({ ...request, reason: 'auto' }, trainerWindow)
    }
    expect(await store.list()).toHaveLength(3)
  })
})
