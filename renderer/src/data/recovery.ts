import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { TABLE_NAMES } from '../../../shared/model/tables'
import { applyChanges, JOURNAL_SEQ_KEY } from './commit'
import type { PelatihDb } from './db'

/** What the start-up comparison between the database and the disk journal found and did. */
export type RecoveryReport =
  | { kind: 'in-sync' }
  | { kind: 'restored'; changes: number }
  | { kind: 'reseeded'; rows: number }
  | { kind: 'failed'; message: string }

async function localSeq(db: PelatihDb): Promise<number> {
  const row = await db.meta.get(JOURNAL_SEQ_KEY)
  return typeof row?.value === 'number' ? row.value : 0
}

/**
 * Records that the database holds the journal up to `seq`, never lowering it: a commit that
 * landed meanwhile has already written a later position, and going back would make the next
 * start replay (or rewrite) what is already there.
 */
async function raiseLocalSeq(db: PelatihDb, seq: number): Promise<void> {
  await db.meta.put({ key: JOURNAL_SEQ_KEY, value: Math.max(await localSeq(db), seq) })
}

async function allRowsAsChanges(db: PelatihDb): Promise<Change[]> {
  const changes: Change[] = []
  for (const table of TABLE_NAMES) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
    for (const row of rows) changes.push({ op: 'put', table, row })
  }
  return changes
}

/**
 * Compares the working database with the journal's manifest at start: replays what the
 * database lacks (it may have been wiped by a crash), or writes the journal again from the
 * database when the disk copy is missing or behind.
 */
export async function reconcileWithJournal(db: PelatihDb, bridge: AppApi): Promise<RecoveryReport> {
  const manifest = await bridge.readJournalManifest()
  if (!manifest.ok) return { kind: 'failed', message: manifest.error.message }
  const local = await localSeq(db)
  const { lastSeq } = manifest.value

  if (lastSeq > local) {
    const since = await bridge.readJournalSince({ seq: local })
    if (!since.ok) return { kind: 'failed', message: since.error.message }
    const { snapshot, entries } = since.value
    const snapshotChanges: Change[] = snapshot
      ? Object.entries(snapshot.tables).flatMap(([table, rows]) =>
          (rows ?? []).map((row): Change => ({ op: 'put', table, row })),
        )
      : []
    const entryChanges = entries.flatMap((e) => e.changes)
    const all = [...snapshotChanges, ...entryChanges]
    await db.transaction('rw', [...TABLE_NAMES.map((t) => db.table(t)), db.meta], async () => {
      await applyChanges(db, all)
      await raiseLocalSeq(db, lastSeq)
    })
    return { kind: 'restored', changes: all.length }
  }

  if (lastSeq < local || (lastSeq === 0 && local === 0)) {
    const changes = await allRowsAsChanges(db)
    if (changes.length === 0) return { kind: 'in-sync' }
    const appended = await bridge.appendJournal({ changes })
    if (!appended.ok) return { kind: 'failed', message: appended.error.message }
    await db.transaction('rw', db.meta, () => raiseLocalSeq(db, appended.value.seq))
    return { kind: 'reseeded', rows: changes.length }
  }
  return { kind: 'in-sync' }
}
