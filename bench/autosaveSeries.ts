import type { JournalingCommit } from '../renderer/src/data/commit'
import type { PelatihDb } from '../renderer/src/data/db'
import { updateRow } from '../renderer/src/data/updateRow'
import type { Change } from '../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'
import type { RowOf } from '../shared/model/tables'
import { withRevision } from '../shared/model/__fixtures__/withRevision'

/** Medians (ms) of one autosave against a raw put of the same row, in one environment. */
export interface AutosaveSeries {
  updates: number
  /** A raw Dexie put of the row: the baseline of the IndexedDB part. */
  rawPutMs: number
  /** An autosave of the note (updateRow) through the journal, until "Saved": read, stamp, validate, append (awaited), transaction. */
  commitMs: number
  /** The same commit with a journal that answers at once: until the row is in IndexedDB. */
  rendererMs: number
  /** One fsync'd append of the same request bytes to a file, over the same transport, and nothing else. */
  rawAppendMs: number
  /** Further timings that break the gap down (label -> median ms), in the order given. */
  parts: Record<string, number>
}

/** How the series reaches the app's code in the environment it runs in. */
export interface AutosaveSeriesSetup {
  createDb: (name: string) => PelatihDb
  /** The commit path with the journal on disk behind the bridge. */
  journaled: (db: PelatihDb) => JournalingCommit
  /** The commit path with a journal that costs nothing. */
  rendererOnly: (db: PelatihDb) => JournalingCommit
  /** Appends the append request's bytes to a file and fsyncs it, over the bridge's transport. */
  rawAppend: (request: AppendRequest) => Promise<unknown>
  /** Timed like the others, to show where the difference goes (e.g. the bridge's append alone). */
  parts?: Record<string, (request: AppendRequest, db: PelatihDb) => Promise<unknown>>
}

/** What the commit path sends to the journal for the i-th autosave. */
export interface AppendRequest {
  changes: Change[]
  schemaVersion: number
}

const UPDATES = 200
const WARM_UP = 20
const NOW = Date.UTC(2026, 11, 7, 9, 0)

/** The note a trainer is typing, as the autosave writes it after the i-th pause. */
export function autosaveNote(i: number): RowOf<'ideas'> {
  return withRevision({
    id: 'note-1',
    createdAt: NOW,
    updatedAt: NOW + i,
    deletedAt: null,
    trainingId: 't1',
    sessionId: 's1',
    roundId: 'r1',
    text: `Relawan perlu pendampingan rutin dari koordinator (${i})`,
    clusterId: null,
    votes: i % 5,
    author: 'Bu Siti',
    group: 'Kelompok 2',
    order: 1,
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function appendRequest(i: number): AppendRequest {
  return { changes: [{ op: 'put', table: 'ideas', row: autosaveNote(i) }], schemaVersion: CURRENT_SCHEMA_VERSION }
}

/** What autosave does after a pause in typing: the field's text patched into the stored row (updateRow). */
function autosave(db: PelatihDb, commit: JournalingCommit, i: number) {
  const note = autosaveNote(i)
  const ctx = { db, commit, now: () => note.updatedAt, newId: () => note.id }
  return updateRow(ctx, 'ideas', note.id, (current, at) => ({ ...current, text: note.text, votes: note.votes, updatedAt: at }))
}

/**
 * Times `UPDATES` writes of each kind, interleaved (a raw put, a journaled autosave, a renderer-only
 * autosave, a raw append, each part, then the next round), so a burst of load on the machine falls
 * on all of them alike.
 */
export async function measureAutosave(setup: AutosaveSeriesSetup): Promise<AutosaveSeries> {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const dbs = [
    setup.createDb(`bench-raw-${tag}`),
    setup.createDb(`bench-journaled-${tag}`),
    setup.createDb(`bench-renderer-${tag}`),
    setup.createDb(`bench-parts-${tag}`),
  ] as const
  const [raw, journaledDb, rendererDb, partsDb] = dbs
  for (const db of dbs) await db.open()
  const journaled = setup.journaled(journaledDb)
  const rendererOnly = setup.rendererOnly(rendererDb)
  // The note exists before the trainer types into it; each pause in typing then saves it.
  for (const commit of [journaled, rendererOnly]) await commit([{ op: 'put', table: 'ideas', row: autosaveNote(0) }])
  const parts = Object.entries(setup.parts ?? {})
  const writers = [
    (i: number) => raw.ideas.put(autosaveNote(i)),
    (i: number) => autosave(journaledDb, journaled, i),
    (i: number) => autosave(rendererDb, rendererOnly, i),
    (i: number) => setup.rawAppend(appendRequest(i)),
    ...parts.map(
      ([, part]) =>
        (i: number) =>
          part(appendRequest(i), partsDb),
    ),
  ]
  const samples: number[][] = writers.map(() => [])
  try {
    for (let i = 0; i < WARM_UP + UPDATES; i += 1) {
      for (const [k, write] of writers.entries()) {
        const start = performance.now()
        await write(i)
        if (i >= WARM_UP) samples[k]!.push(performance.now() - start)
      }
    }
  } finally {
    journaled.stop()
    rendererOnly.stop()
    for (const db of dbs) {
      db.close()
      await db.delete()
    }
  }
  return {
    updates: UPDATES,
    rawPutMs: median(samples[0]!),
    commitMs: median(samples[1]!),
    rendererMs: median(samples[2]!),
    rawAppendMs: median(samples[3]!),
    parts: Object.fromEntries(parts.map(([label], k) => [label, median(samples[4 + k]!)])),
  }
}
