import 'fake-indexeddb/auto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openJournalStore } from '../electron/main/storage/journalStore'
import { createCommit } from '../renderer/src/data/commit'
import { createDb } from '../renderer/src/data/db'
import { createMemoryBridge } from '../renderer/src/data/__fixtures__/memoryBridge'
import { SaveStatus } from '../renderer/src/data/saveStatus'
import { CHANNELS } from '../shared/ipc/contract'
import { ok } from '../shared/ipc/result'
import type { Change } from '../shared/journal/journalEntry'
import type { RowOf } from '../shared/model/tables'
import { withRevision } from '../shared/model/__fixtures__/withRevision'

/** The figures of the autosave-write benchmark (medians over single-note updates, ms). */
export interface AutosaveWriteResult {
  updates: number
  /** ctx.commit of one row: validate, journal append through the bridge (fsynced), Dexie transaction. */
  commitMs: number
  /** A raw Dexie put of the same row. */
  rawPutMs: number
  /** The journal append alone (request check as the IPC handler does, write, fsync). */
  appendMs: number
  ratio: number
  withinBudget: boolean
}

/** DESIGN.md section 8: autosave write at most 2x a raw IndexedDB put. */
export const AUTOSAVE_BUDGET = 2

const UPDATES = 200
const NOW = Date.UTC(2026, 11, 7, 9, 0)

function note(i: number): RowOf<'ideas'> {
  return withRevision({
    id: 'note-1', createdAt: NOW, updatedAt: NOW + i, deletedAt: null, trainingId: 't1', sessionId: 's1', roundId: 'r1',
    text: `Relawan perlu pendampingan rutin dari koordinator (${i})`, clusterId: null, votes: i % 5, author: 'Bu Siti', group: 'Kelompok 2', order: 1,
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function timeEach(run: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < UPDATES; i += 1) {
    const start = performance.now()
    await run(i)
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/**
 * 200 single-note updates through the app's commit path against 200 raw puts of the same row,
 * in Node: IndexedDB is fake-indexeddb (in memory), the journal is the real store on disk behind
 * a bridge that checks each request and copies it as IPC does.
 */
export async function runAutosaveWriteBench(): Promise<AutosaveWriteResult> {
  const folder = await mkdtemp(join(tmpdir(), 'pelatih-autosave-bench-'))
  const store = await openJournalStore(join(folder, 'journal'))
  const bridge = {
    ...createMemoryBridge(),
    appendJournal: async (request: { changes: Change[] }) => {
      const parsed = CHANNELS['journal:append'].request.parse(structuredClone(request))
      return ok(await store.append(parsed.changes))
    },
  }
  const db = createDb(`bench-autosave-${Date.now()}`)
  const raw = createDb(`bench-raw-${Date.now()}`)
  try {
    await db.open()
    await raw.open()
    const commit = createCommit(db, bridge, new SaveStatus())
    // Warm-up: the first transactions open object stores and JIT the paths.
    for (let i = 0; i < 20; i += 1) {
      await commit([{ op: 'put', table: 'ideas', row: note(i) }])
      await raw.ideas.put(note(i))
    }
    const commitMs = await timeEach((i) => commit([{ op: 'put', table: 'ideas', row: note(i) }]))
    const rawPutMs = await timeEach((i) => raw.ideas.put(note(i)))
    const appendMs = await timeEach((i) => bridge.appendJournal({ changes: [{ op: 'put', table: 'ideas', row: note(i) }] }))
    commit.stop()
    const ratio = Math.round((commitMs / rawPutMs) * 10) / 10
    return { updates: UPDATES, commitMs: round(commitMs), rawPutMs: round(rawPutMs), appendMs: round(appendMs), ratio, withinBudget: ratio <= AUTOSAVE_BUDGET }
  } finally {
    db.close()
    raw.close()
    await store.close()
    await rm(folder, { recursive: true, force: true })
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}

/** The figures as a few lines for the bench output. */
export function formatAutosaveWriteBench(r: AutosaveWriteResult): string {
  return [
    `Autosave write of one note (${r.updates} updates, medians): commit ${r.commitMs} ms, raw IndexedDB put ${r.rawPutMs} ms (${r.ratio}x); of the commit, the fsynced journal append alone ${r.appendMs} ms`,
    `  budget: commit at most ${AUTOSAVE_BUDGET}x a raw put -> ${r.withinBudget ? 'OK' : 'OVER BUDGET'}`,
  ].join('\n')
}
