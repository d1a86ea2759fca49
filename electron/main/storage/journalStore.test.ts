import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Change, JournalSince } from '../../../shared/journal/journalEntry'
import { createTraining } from '../../../shared/model/newTraining'
import { foldEntries } from './journalSnapshot'
import { JOURNAL_FILE, openJournalStore, QUARANTINE_FILE, SNAPSHOT_FILE, type JournalStore } from './journalStore'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'

let folder: string
const open: JournalStore[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-journal-'))
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()))
  await rm(folder, { recursive: true, force: true })
})

async function openStore(options: Parameters<typeof openJournalStore>[1] = {}): Promise<JournalStore> {
  const store = await openJournalStore(folder, { now: () => 1_700_000_000_000, ...options })
  open.push(store)
  return store
}

// Journaled rows carry their revision: the commit stamps it before appending.
const training = (id: string, title: string) =>
  withRevision(createTraining({ title, startDate: '2026-12-01', days: 3 }, id, 1_700_000_000_000))
const put = (id: string, title: string): Change => ({ op: 'put', table: 'trainings', row: training(id, title) })
const del = (id: string): Change => ({ op: 'delete', table: 'trainings', id })

/** The records of the quarantine file. */
async function quarantinedLines(): Promise<{ line: number; seq: number | null; reason: string; text: string }[]> {
  const text = await readFile(join(folder, QUARANTINE_FILE), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { line: number; seq: number | null; reason: string; text: string })
}

/** The rows a reader ends up with after applying what readSince returned. */
function rowsOf(since: JournalSince): Record<string, unknown>[] {
  return (foldEntries(since.snapshot, since.entries, 0).tables['trainings'] ?? []).map((row) => ({ id: row['id'], title: row['title'] }))
}

describe('journal store', () => {
  it('appends, reads back and keeps numbering after a reopen', async () => {
    const store = await openStore()
    expect(await store.append([put('a', 'Day 1')])).toEqual({ seq: 1 })
    expect(await store.append([put('b', 'Day 2'), del('a')])).toEqual({ seq: 2 })
    const since = await store.readSince(0)
    expect(since.snapshot).toBeNull()
    expect(since.entries.map((e) => e.seq)).toEqual([1, 2])
    expect(since.entries[1]?.changes).toEqual([put('b', 'Day 2'), del('a')])
    expect(store.manifest()).toMatchObject({ lastSeq: 2, snapshotSeq: 0, entryCount: 2 })
    await store.close()

    const reopened = await openStore()
    expect(reopened.manifest().lastSeq).toBe(2)
    expect(await reopened.append([put('c', 'Day 3')])).toEqual({ seq: 3 })
    expect((await reopened.readSince(2)).entries.map((e) => e.seq)).toEqual([3])
  })

  it('creates a missing folder and reports the file size', async () => {
    folder = join(folder, 'nested', 'journal')
    const store = await openStore()
    expect(store.manifest()).toMatchObject({ lastSeq: 0, snapshotSeq: 0, entryCount: 0, bytes: 0, complete: true })
    await store.append([put('a', 'x')])
    expect(store.manifest().bytes).toBe((await stat(join(folder, JOURNAL_FILE))).size)
  })

  it('numbers concurrent appends strictly in order', async () => {
    const store = await openStore()
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => store.append([put(`r${i}`, `${i}`)])))
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
  })

  it('ignores a torn last line, appends after it and sees the append after a reopen', async () => {
    const store = await openStore()
    await store.append([put('a', 'kept')])
    await store.close()
    await appendFile(join(folder, JOURNAL_FILE), '{"seq":2,"at":1,"changes":[{"op":"put","tab')

    const warnings: string[] = []
    const repaired = await openStore({ onWarning: (m) => warnings.push(m) })
    expect(warnings.join()).toContain('torn')
    expect(repaired.manifest().lastSeq).toBe(1)
    expect(await repaired.append([put('b', 'after crash')])).toEqual({ seq: 2 })
    await repaired.close()

    const again = await openStore()
    const since = await again.readSince(0)
    expect(rowsOf(since)).toEqual([
      { id: 'a', title: 'kept' },
      { id: 'b', title: 'after crash' },
    ])
    expect((await readFile(join(folder, JOURNAL_FILE), 'utf8')).split('\n').filter(Boolean)).toHaveLength(2)
  })

  it('drops zero-filled garbage at the end of the file', async () => {
    const store = await openStore()
    await store.append([put('a', 'kept')])
    await store.close()
    await appendFile(join(folder, JOURNAL_FILE), Buffer.concat([Buffer.alloc(64), Buffer.from('\n')]))
    const repaired = await openStore()
    expect(await repaired.append([put('b', 'next')])).toEqual({ seq: 2 })
    expect(rowsOf(await repaired.readSince(0)).map((r) => r['id'])).toEqual(['a', 'b'])
  })

  it('sets a corrupt line in the middle aside and keeps the rest', async () => {
    const store = await openStore()
    await store.append([put('a', 'one')])
    await store.close()
    await appendFile(join(folder, JOURNAL_FILE), 'this is not json\n{"seq":"x"}\n')
    const later = await openStore()
    await later.append([put('b', 'two')])
    await later.close()

    const warnings: string[] = []
    const store3 = await openStore({ onWarning: (m) => warnings.push(m) })
    expect(warnings).toEqual([])
    const since = await store3.readSince(0)
    expect(since.entries.map((e) => e.seq)).toEqual([1, 2])
    expect(store3.manifest()).toMatchObject({ lastSeq: 2, entryCount: 2, quarantined: 0, complete: true })
    expect((await quarantinedLines()).map((l) => [l.line, l.text])).toEqual([
      [2, 'this is not json'],
      [3, '{"seq":"x"}'],
    ])
  })

  it('compaction keeps readSince(0) equal to the uncompacted fold', async () => {
    const store = await openStore()
    for (let i = 0; i < 30; i += 1) await store.append([put(`r${i % 7}`, `v${i}`), ...(i % 5 === 0 ? [del(`r${(i + 3) % 7}`)] : [])])
    const before = rowsOf(await store.readSince(0))
    await store.compact()
    expect(store.manifest()).toMatchObject({ lastSeq: 30, snapshotSeq: 30, entryCount: 0, bytes: 0, complete: true })
    const after = await store.readSince(0)
    expect(after.snapshot?.seq).toBe(30)
    expect(after.entries).toEqual([])
    expect(rowsOf(after)).toEqual(before)

    await store.append([put('z', 'new')])
    expect((await store.readSince(30)).entries.map((e) => e.seq)).toEqual([31])
    expect(rowsOf(await store.readSince(3))).toEqual([...before, { id: 'z', title: 'new' }])
  })

  it('compacts automatically past the threshold', async () => {
    const store = await openStore({ compactAfterEntries: 5 })
    for (let i = 0; i < 6; i += 1) await store.append([put(`r${i}`, 'x')])
    // In the background: appends and reads do not wait for it.
    await vi.waitFor(() => expect(store.manifest()).toMatchObject({ lastSeq: 6, snapshotSeq: 6, entryCount: 0 }))
    expect(rowsOf(await store.readSince(0))).toHaveLength(6)
  })

  it('is harmless to crash between writing the snapshot and rewriting the journal', async () => {
    const store = await openStore()
    for (let i = 1; i <= 4; i += 1) await store.append([put(`r${i}`, `v${i}`)])
    await store.close()
    const fullJournal = await readFile(join(folder, JOURNAL_FILE))
    const reference = await openStore()
    const expected = rowsOf(await reference.readSince(0))
    await reference.append([put('r5', 'v5')])
    await reference.compact()
    await reference.close()
    // Simulate the crash: the snapshot (seq 5) is written, the old journal (1..4) and the
    // entry 5 line are back as they were before the rewrite.
    await writeFile(
      join(folder, JOURNAL_FILE),
      Buffer.concat([fullJournal, Buffer.from(`${JSON.stringify({ seq: 5, at: 1, changes: [put('r5', 'v5')] })}\n`)]),
    )

    const recovered = await openStore()
    expect(recovered.manifest()).toMatchObject({ lastSeq: 5, snapshotSeq: 5, entryCount: 0 })
    const since = await recovered.readSince(0)
    expect(since.entries).toEqual([])
    expect(rowsOf(since)).toEqual([...expected, { id: 'r5', title: 'v5' }])
    expect(await recovered.append([put('r6', 'v6')])).toEqual({ seq: 6 })
    expect((await recovered.readSince(5)).entries.map((e) => e.seq)).toEqual([6])
  })

  it('readSince after the snapshot returns only newer entries and no snapshot', async () => {
    const store = await openStore()
    for (let i = 1; i <= 3; i += 1) await store.append([put(`r${i}`, 'x')])
    await store.compact()
    for (let i = 4; i <= 6; i += 1) await store.append([put(`r${i}`, 'x')])
    const since = await store.readSince(4)
    expect(since.snapshot).toBeNull()
    expect(since.entries.map((e) => e.seq)).toEqual([5, 6])
    expect((await store.readSince(3)).snapshot).toBeNull()
    expect((await store.readSince(6)).entries).toEqual([])
    expect((await store.readSince(2)).snapshot?.seq).toBe(3)
  })

  it('sets a damaged snapshot aside instead of failing to open', async () => {
    await writeFile(join(folder, SNAPSHOT_FILE), '{"seq": 4, "tabl')
    const warnings: string[] = []
    const store = await openStore({ onWarning: (m) => warnings.push(m) })
    expect(warnings.join()).toContain('moved to')
    expect(store.manifest().snapshotSeq).toBe(0)
  })

  it('refuses appends after close', async () => {
    const store = await openStore()
    await store.close()
    await expect(store.append([put('a', 'x')])).rejects.toThrow('closed')
  })
})
