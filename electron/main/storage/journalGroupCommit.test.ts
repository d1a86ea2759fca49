import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import { createTraining } from '../../../shared/model/newTraining'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'
import { JOURNAL_FILE, openJournalStore, type JournalStore } from './journalStore'

let folder: string
let store: JournalStore | null = null

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-group-commit-'))
})

afterEach(async () => {
  await store?.close()
  store = null
  await rm(folder, { recursive: true, force: true })
})

const put = (id: string, title: string): Change => ({
  op: 'put',
  table: 'trainings',
  row: withRevision(createTraining({ title, startDate: '2026-12-01', days: 3 }, id, 1_700_000_000_000)),
})

/** One fsync the test holds: what the file held when it was asked for, and how to end it. */
interface HeldSync {
  fileAtSync: string
  release: () => void
  fail: (error: Error) => void
}

/** A store whose fsyncs wait until the test ends them, one by one. */
async function storeWithHeldSyncs(): Promise<{ store: JournalStore; syncs: HeldSync[] }> {
  const syncs: HeldSync[] = []
  const opened = await openJournalStore(folder, {
    now: () => 1_700_000_000_000,
    syncFile: async (handle: FileHandle) => {
      const fileAtSync = await readFile(join(folder, JOURNAL_FILE), 'utf8')
      await new Promise<void>((resolve, reject) => {
        syncs.push({ fileAtSync, release: resolve, fail: reject })
      })
      await handle.sync()
    },
  })
  store = opened
  return { store: opened, syncs }
}

/** Lets queued promise callbacks and file operations run until `done` says so. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 2))
  expect(done()).toBe(true)
}

function titlesIn(text: string): string[] {
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { changes: { row: { title: string } }[] }).changes.map((c) => c.row.title))
}

describe('group commit of journal appends', () => {
  it('writes two appends that arrive during one fsync together, in order, under the next single fsync', async () => {
    const { store, syncs } = await storeWithHeldSyncs()
    const settled: string[] = []
    const first = store.append([put('a', 'first')]).then((r) => (settled.push('first'), r))
    await until(() => syncs.length === 1)
    const second = store.append([put('b', 'second')]).then((r) => (settled.push('second'), r))
    const third = store.append([put('c', 'third')]).then((r) => (settled.push('third'), r))
    syncs[0]!.release()
    await expect(first).resolves.toEqual({ seq: 1 })
    await until(() => syncs.length === 2)
    // Both waiting appends were written before the one fsync that covers them, in their order.
    expect(titlesIn(syncs[1]!.fileAtSync)).toEqual(['first', 'second', 'third'])
    // Neither answers before that fsync has ended.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(settled).toEqual(['first'])
    syncs[1]!.release()
    await expect(second).resolves.toEqual({ seq: 2 })
    await expect(third).resolves.toEqual({ seq: 3 })
    expect(settled).toEqual(['first', 'second', 'third'])
    expect(syncs).toHaveLength(2)
    const since = await store.readSince(0)
    expect(since.entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(store.manifest()).toMatchObject({ lastSeq: 3, entryCount: 3 })
  })

  it('rejects every append sharing a failed fsync, leaves the file as it was, and numbers the next append on', async () => {
    const { store, syncs } = await storeWithHeldSyncs()
    const first = store.append([put('a', 'first')])
    await until(() => syncs.length === 1)
    const second = store.append([put('b', 'second')])
    const third = store.append([put('c', 'third')])
    syncs[0]!.release()
    await expect(first).resolves.toEqual({ seq: 1 })
    await until(() => syncs.length === 2)
    syncs[1]!.fail(new Error('EIO: i/o error, fsync'))
    await expect(second).rejects.toThrow('EIO')
    await expect(third).rejects.toThrow('EIO')
    expect(titlesIn(await readFile(join(folder, JOURNAL_FILE), 'utf8'))).toEqual(['first'])
    const fourth = store.append([put('d', 'fourth')])
    await until(() => syncs.length === 3)
    syncs[2]!.release()
    await expect(fourth).resolves.toEqual({ seq: 2 })
    expect((await store.readSince(0)).entries.map((e) => e.changes.map((c) => (c.op === 'put' ? c.row['title'] : null)))).toEqual([
      ['first'],
      ['fourth'],
    ])
  })
})
