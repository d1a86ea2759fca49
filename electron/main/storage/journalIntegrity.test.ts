import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import type { Idea } from '../../../shared/model/brainstorm'
import { createTraining } from '../../../shared/model/newTraining'
import { JOURNAL_FILE, openJournalStore, QUARANTINE_FILE, SNAPSHOT_FILE, type JournalStore } from './journalStore'
import { FIXTURE_REVISION, withRevision } from '../../../shared/model/__fixtures__/withRevision'

let folder: string
const open: JournalStore[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-integrity-'))
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()))
  await rm(folder, { recursive: true, force: true })
})

async function openStore(): Promise<JournalStore> {
  const store = await openJournalStore(folder, { now: () => 1_700_000_000_000 })
  open.push(store)
  return store
}

const NOW = 1_700_000_000_000
// Journaled rows carry their revision: the commit stamps it before appending.
const training = (id: string, title: string) => withRevision(createTraining({ title, startDate: '2026-12-01', days: 3 }, id, NOW))
const putTraining = (id: string, title: string): Change => ({ op: 'put', table: 'trainings', row: training(id, title) })
const idea = (id: string, text: string, votes: number): Idea => ({
  id,
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: null,
  ...FIXTURE_REVISION,
  trainingId: 't1',
  sessionId: 's1',
  roundId: 'r1',
  text,
  clusterId: null,
  votes,
  author: '',
  group: 'Kelompok 1',
  order: 1,
})
const putIdea = (id: string, text: string, votes: number): Change => ({ op: 'put', table: 'ideas', row: idea(id, text, votes) })

type Quarantined = { line: number; seq: number | null; reason: string; text: string }
async function quarantined(): Promise<Quarantined[]> {
  const text = await readFile(join(folder, QUARANTINE_FILE), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Quarantined)
}

async function journalLines(): Promise<string[]> {
  return (await readFile(join(folder, JOURNAL_FILE), 'utf8')).split('\n').filter(Boolean)
}

/** Writes three entries (a training, two brainstorm cards), closes, and edits line `n` (1-based). */
async function damageLine(n: number, edit: (line: string) => string): Promise<{ original: string; damaged: string }> {
  const store = await openStore()
  await store.append([putTraining('t1', 'Pelatihan advokasi')])
  await store.append([putIdea('i1', 'Air bersih untuk desa', 3)])
  await store.append([putIdea('i2', 'Jalan rusak', 5)])
  await store.close()
  const lines = await journalLines()
  const original = lines[n - 1] ?? ''
  const damaged = edit(original)
  expect(damaged).not.toBe(original)
  lines[n - 1] = damaged
  await writeFile(join(folder, JOURNAL_FILE), `${lines.join('\n')}\n`)
  return { original, damaged }
}

async function expectSetAside(damaged: string, reason: RegExp, seq: number | null): Promise<JournalStore> {
  const store = await openStore()
  const since = await store.readSince(0)
  // Never replayed: the card of line 2 is in no entry handed to the renderer.
  expect(since.entries.map((e) => e.seq)).toEqual([1, 3])
  expect(since.entries.flatMap((e) => e.changes).map((c) => (c.op === 'put' ? c.row['id'] : c.id))).toEqual(['t1', 'i2'])
  const records = await quarantined()
  expect(records).toHaveLength(1)
  expect(records[0]).toMatchObject({ line: 2, seq, text: damaged })
  expect(records[0]?.reason).toMatch(reason)
  expect(store.manifest()).toMatchObject({ quarantined: 1, complete: false, lastSeq: 3 })
  expect(await journalLines()).toHaveLength(2)
  return store
}

describe('journal integrity', () => {
  it('seals every line and the snapshot with a SHA-256 checksum', async () => {
    const store = await openStore()
    await store.append([putTraining('t1', 'A')])
    expect(JSON.parse((await journalLines())[0] ?? '{}')).toHaveProperty('sum', expect.stringMatching(/^[0-9a-f]{64}$/))
    await store.compact()
    expect(JSON.parse(await readFile(join(folder, SNAPSHOT_FILE), 'utf8'))).toHaveProperty('sum', expect.stringMatching(/^[0-9a-f]{64}$/))
    expect(store.manifest()).toMatchObject({ complete: true, missingPart: false, quarantined: 0, unverified: 0 })
  })

  it('sets aside a line whose key was renamed but which is still valid JSON', async () => {
    const { damaged } = await damageLine(2, (line) => line.replace('"votes"', '"vites"'))
    await expectSetAside(damaged, /checksum/, 2)
  })

  it('sets aside a line with one flipped character in a card text', async () => {
    const { damaged } = await damageLine(2, (line) => line.replace('Air bersih', 'Air bersig'))
    await expectSetAside(damaged, /checksum/, 2)
  })

  it('sets aside a line with a flipped vote count', async () => {
    const { damaged } = await damageLine(2, (line) => line.replace('"votes":3', '"votes":7'))
    await expectSetAside(damaged, /checksum/, 2)
  })

  it('sets aside a line of garbage', async () => {
    const { damaged } = await damageLine(2, () => 'xq\u0001#garbage{{{')
    await expectSetAside(damaged, /not JSON/, null)
  })

  it('sets aside the damaged line only once and stays incomplete until re-seeded', async () => {
    await damageLine(2, (line) => line.replace('Jalan', 'Jalam').replace('Air bersih', 'Air bersig'))
    const first = await openStore()
    await first.close()
    const second = await openStore()
    expect(await quarantined()).toHaveLength(1)
    expect(second.manifest()).toMatchObject({ quarantined: 0, complete: false, missingPart: true })
    await second.reseed({
      seq: 3,
      tables: {
        trainings: [training('t1', 'Pelatihan advokasi')],
        ideas: [idea('i1', 'Air bersih untuk desa', 3), idea('i2', 'Jalan rusak', 5)],
      },
    })
    expect(second.manifest()).toMatchObject({ complete: true, missingPart: false, snapshotSeq: 3, lastSeq: 3, entryCount: 0 })
    await second.close()
    const third = await openStore()
    expect(third.manifest()).toMatchObject({ complete: true, lastSeq: 3 })
    const since = await third.readSince(0)
    expect(since.snapshot?.tables.ideas?.map((row) => row['text'])).toEqual(['Air bersih untuk desa', 'Jalan rusak'])
  })

  it('reads an old journal without checksums, marks it unverified and refuses rows the model rejects', async () => {
    const lines = [
      { seq: 1, at: 1, changes: [putTraining('t1', 'Lama')] },
      { seq: 2, at: 2, changes: [putIdea('i1', 'Kartu lama', 2)] },
      { seq: 3, at: 3, changes: [{ op: 'put', table: 'ideas', row: { ...idea('i2', 'Kartu rusak', 1), votes: undefined, vites: 1 } }] },
    ]
    await writeFile(join(folder, JOURNAL_FILE), lines.map((l) => `${JSON.stringify(l)}\n`).join(''))
    const store = await openStore()
    expect((await store.readSince(0)).entries.map((e) => e.seq)).toEqual([1, 2])
    expect(store.manifest()).toMatchObject({ lastSeq: 3, unverified: 2, quarantined: 1, complete: false })
    const [record] = await quarantined()
    expect(record).toMatchObject({ line: 3, seq: 3 })
    expect(record?.reason).toMatch(/ideas row i2 does not fit the model at votes/)
    expect(await store.append([putTraining('t2', 'Baru')])).toEqual({ seq: 4 })
  })

  it('knows a journal is incomplete when its snapshot was deleted', async () => {
    const store = await openStore()
    for (let i = 1; i <= 5; i += 1) await store.append([putTraining(`t${i}`, `T${i}`)])
    await store.compact()
    for (let i = 6; i <= 8; i += 1) await store.append([putTraining(`t${i}`, `T${i}`)])
    await store.close()
    await unlink(join(folder, SNAPSHOT_FILE))
    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ lastSeq: 8, snapshotSeq: 0, complete: false, missingPart: true })
    expect((await reopened.readSince(0)).entries.map((e) => e.seq)).toEqual([6, 7, 8])
  })

  it('knows a journal is incomplete when its snapshot was truncated, and keeps the damaged file', async () => {
    const store = await openStore()
    for (let i = 1; i <= 5; i += 1) await store.append([putTraining(`t${i}`, `T${i}`)])
    await store.compact()
    await store.append([putTraining('t6', 'T6')])
    await store.close()
    const path = join(folder, SNAPSHOT_FILE)
    const size = (await stat(path)).size
    await writeFile(path, (await readFile(path)).subarray(0, Math.floor(size / 2)))
    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ lastSeq: 6, snapshotSeq: 0, complete: false, missingPart: true })
    expect((await reopened.readSince(0)).snapshot).toBeNull()
    expect((await readdir(folder)).some((name) => name.startsWith(`${SNAPSHOT_FILE}.corrupt-`))).toBe(true)
  })

  it('refuses a snapshot whose content no longer matches its checksum', async () => {
    const store = await openStore()
    await store.append([putIdea('i1', 'Air bersih', 3)])
    await store.compact()
    await store.close()
    const path = join(folder, SNAPSHOT_FILE)
    await writeFile(path, (await readFile(path, 'utf8')).replace('"votes":3', '"votes":9'))
    const reopened = await openStore()
    expect(reopened.manifest()).toMatchObject({ snapshotSeq: 0, complete: false })
  })

  it('a compaction of an incomplete journal stays known as incomplete', async () => {
    const store = await openStore()
    for (let i = 1; i <= 3; i += 1) await store.append([putTraining(`t${i}`, `T${i}`)])
    await store.compact()
    await store.append([putTraining('t4', 'T4')])
    await store.close()
    await unlink(join(folder, SNAPSHOT_FILE))
    const reopened = await openStore()
    await reopened.compact()
    await reopened.close()
    expect((await openStore()).manifest()).toMatchObject({ lastSeq: 4, snapshotSeq: 4, complete: false, missingPart: true })
  })

  it('a re-seed writes a full snapshot so a journal without one is complete again', async () => {
    const store = await openStore()
    for (let i = 1; i <= 3; i += 1) await store.append([putTraining(`t${i}`, `T${i}`)])
    await store.compact()
    await store.append([putTraining('t4', 'T4')])
    await store.close()
    await unlink(join(folder, SNAPSHOT_FILE))
    const reopened = await openStore()
    const rows = [1, 2, 3, 4].map((i) => training(`t${i}`, `T${i}`))
    await reopened.reseed({ seq: 4, tables: { trainings: rows } })
    await reopened.append([putTraining('t5', 'T5')])
    await reopened.close()
    const again = await openStore()
    expect(again.manifest()).toMatchObject({ lastSeq: 5, snapshotSeq: 4, complete: true, entryCount: 1 })
    const since = await again.readSince(0)
    expect(since.snapshot?.tables.trainings?.map((row) => row['id'])).toEqual(['t1', 't2', 't3', 't4'])
    expect(since.entries.map((e) => e.seq)).toEqual([5])
  })
})
