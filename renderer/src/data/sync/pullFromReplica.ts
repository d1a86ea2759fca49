import type { PouchDatabase, PouchDocument } from 'pouchdb-core'
import { mergeSnapshots, type PartialSnapshot, type SnapshotConflict } from '../../../../shared/exchange/mergeSnapshots'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { RowOf, TableName } from '../../../../shared/model/tables'
import { isPhotoFile, PHOTO_ATTACHMENT, photoFileDocumentId, photoHashOfDocumentId } from '../../../../shared/sync/photoFileDocument'
import { readRowDocument, type DocumentRefusal } from '../../../../shared/sync/readRowDocument'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { changesBetween, conflictChanges } from '../exchange/importData'
import { attachmentBytes, type SyncPhotos } from './syncPhotos'

/** Where the replica remembers how far the app has taken its changes in (never replicated). */
const APPLIED_ID = '_local/pelatih-applied'

/** How many changed documents one commit takes in. */
const BATCH = 500

/** What taking the replica's changes into the app did. */
export type PullOutcome = {
  /** Rows written to the app's database (new, updated or deleted there). */
  readonly written: number
  /** Conflicts found and listed for the trainer. */
  readonly conflicts: number
  /** Documents set aside (and why), this time and before, until a later revision reads well. */
  readonly setAside: readonly DocumentRefusal[]
  /** Photo rows waiting for their file, taken in once it arrives. */
  readonly waiting: readonly string[]
}

type Applied = { _id: string; _rev?: string; seq: number | string; setAside: DocumentRefusal[]; waiting: string[] }

async function readApplied(replica: PouchDatabase): Promise<Applied> {
  try {
    return (await replica.get(APPLIED_ID)) as unknown as Applied
  } catch {
    return { _id: APPLIED_ID, seq: 0, setAside: [], waiting: [] }
  }
}

/** Every live leaf of a document: two when two laptops edited without seeing each other. */
async function liveLeaves(replica: PouchDatabase, docId: string): Promise<PouchDocument[]> {
  const found = await replica.get(docId, { open_revs: 'all' })
  return found.flatMap((leaf) => ('ok' in leaf && leaf.ok._deleted !== true ? [leaf.ok] : []))
}

/** Stores the photo files rows name that are not here yet, from the replica; the hashes that could not be. */
async function bringFiles(replica: PouchDatabase, photos: SyncPhotos, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set()
  const missing = await photos.missingPhotos({ hashes: [...hashes] })
  if (!missing.ok) return new Set(hashes)
  const absent = new Set<string>()
  for (const hash of missing.value) {
    const data = await replica.getAttachment(photoFileDocumentId(hash), PHOTO_ATTACHMENT).catch(() => null)
    const bytes = data === null ? null : await attachmentBytes(data)
    // A file whose bytes are not its hash is not stored; its rows wait for a good copy.
    const stored = bytes !== null && isPhotoFile(hash, bytes) ? await photos.putPhoto({ bytes }) : null
    if (stored === null || !stored.ok || stored.value.hash !== hash) absent.add(hash)
  }
  return absent
}

/** The rows stored now for the ids a batch brings, table by table. */
async function storedRows(db: PelatihDb, ids: ReadonlyMap<TableName, Set<string>>): Promise<PartialSnapshot> {
  const out: Partial<Record<TableName, unknown[]>> = {}
  for (const [table, set] of ids) out[table] = (await db.table(table).bulkGet([...set])).filter((row) => row !== undefined)
  return out as PartialSnapshot
}

/**
 * Takes the documents the replica received since last time into the app's database, through
 * the one commit path (journal first, then Dexie), a batch per commit: each live leaf of a
 * document is checked and migrated (readRowDocument; one that fails is set aside and reported,
 * never written), then merged by revision exactly as a capture pack is, so versions made
 * without seeing each other become conflicts in the same list. A photo row is written only
 * once its file is in the photo store, checked against its hash. How far it got is kept in the
 * replica only after the batch is committed, so a failure takes the same batch in again.
 */
export async function pullFromReplica(
  ctx: DataContext,
  replica: PouchDatabase,
  trainingId: string,
  photos: SyncPhotos,
): Promise<PullOutcome> {
  const applied = await readApplied(replica)
  const setAside = new Map(applied.setAside.map((r) => [r.docId, r]))
  let waiting = new Set(applied.waiting)
  let written = 0
  let conflicts = 0
  for (;;) {
    const changes = await replica.changes({ since: applied.seq, limit: BATCH, style: 'all_docs', return_docs: true })
    const docIds = [...new Set([...changes.results.map((r) => r.id), ...waiting])]
    if (changes.results.length === 0 && waiting.size === 0) break
    waiting = new Set()

    const layers: Partial<Record<TableName, unknown[]>>[] = []
    const ids = new Map<TableName, Set<string>>()
    const photoRows: { docId: string; layer: number; row: RowOf<'photos'> }[] = []
    for (const docId of docIds) {
      if (docId.startsWith('_design/') || photoHashOfDocumentId(docId) !== null) continue
      const leaves = await liveLeaves(replica, docId)
      setAside.delete(docId)
      leaves.forEach((leaf, index) => {
        const read = readRowDocument(leaf, trainingId)
        if (!read.ok) {
          setAside.set(docId, read.refusal)
          return
        }
        const layer = (layers[index] ??= {})
        ;(layer[read.table] ??= []).push(read.row)
        if (!ids.has(read.table)) ids.set(read.table, new Set())
        ids.get(read.table)?.add(read.row.id)
        if (read.table === 'photos') photoRows.push({ docId, layer: index, row: read.row as RowOf<'photos'> })
      })
    }
    const absent = await bringFiles(replica, photos, [...new Set(photoRows.flatMap(({ row }) => [row.hash, row.previewHash]))])
    for (const { docId, layer, row } of photoRows) {
      if (!absent.has(row.hash) && !absent.has(row.previewHash)) continue
      waiting.add(docId)
      const list = layers[layer]?.photos
      if (list) list.splice(list.indexOf(row), 1)
    }

    await ctx.commit(
      async (db): Promise<Change[]> => {
        const local = await storedRows(db, ids)
        let current = local
        const found: SnapshotConflict[] = []
        for (const layer of layers) {
          const merged = mergeSnapshots(current, layer as PartialSnapshot)
          found.push(...merged.conflicts)
          current = merged.tables
        }
        const merged = { ...mergeSnapshots(current, {}), conflicts: found }
        const rows = changesBetween(local, merged.tables)
        written += rows.length
        conflicts += found.length
        return [...rows, ...(await conflictChanges(db, merged, ctx.now()))]
      },
      { received: true },
    )
    applied.seq = changes.last_seq
    applied.setAside = [...setAside.values()]
    applied.waiting = [...waiting]
    const saved = await replica.put(applied)
    if (saved.rev !== undefined) applied._rev = saved.rev
    if (changes.results.length < BATCH) break
  }
  return { written, conflicts, setAside: [...setAside.values()], waiting: [...waiting] }
}
