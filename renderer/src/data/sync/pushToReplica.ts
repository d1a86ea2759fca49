import type { PouchDatabase, PouchDocument } from 'pouchdb-core'
import { type RevisionFields } from '../../../../shared/model/revision'
import type { TableName } from '../../../../shared/model/tables'
import { branchEnds, couchRevisions } from '../../../../shared/sync/couchAncestry'
import { PHOTO_ATTACHMENT, photoFileDocumentId, photoFileRev } from '../../../../shared/sync/photoFileDocument'
import { rowDocumentId, rowToDocument, SYNC_TABLES } from '../../../../shared/sync/syncDocument'
import type { PelatihDb } from '../db'
import { readTables } from '../exchange/readTables'
import { replicaLeaves } from './replicaLeaves'
import { attachmentData, type SyncPhotos } from './syncPhotos'

type SyncRow = Record<string, unknown> & RevisionFields & { readonly id: string }

/** What a push of the training's rows into its replica did. */
export type PushOutcome = {
  /** Row documents (revisions) written to the replica, to reach the server at the next replication. */
  readonly rows: number
  /** Photo files written to the replica. */
  readonly photoFiles: number
  /** Photo rows held back because their file could not be read here (sent once it can). */
  readonly heldBack: readonly string[]
}

/** How many documents one write to the replica takes. */
const BATCH = 200

function photoFileDocument(hash: string, bytes: Uint8Array): PouchDocument {
  const rev = photoFileRev(hash)
  return {
    _id: photoFileDocumentId(hash),
    _rev: rev,
    _revisions: { start: 1, ids: [rev.slice(2)] },
    pelatih: { photoFile: hash },
    _attachments: { [PHOTO_ATTACHMENT]: { content_type: 'application/octet-stream', data: attachmentData(bytes) } },
  }
}

async function write(replica: PouchDatabase, docs: PouchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const results = await replica.bulkDocs(docs.slice(i, i + BATCH), { new_edits: false })
    const failed = results.find((r) => r.error !== undefined && r.error !== false)
    if (failed) throw new Error(`replica write refused ${failed.id ?? ''}: ${failed.message ?? String(failed.error)}`)
  }
}

/**
 * Brings every revision of the training's rows that the replica lacks into it, as CouchDB
 * documents with their ancestry (couchRevisions), ending the branches a settled conflict closed.
 * Each photo file a row names goes first, as one document per hash; a photo row whose file
 * cannot be read is held back rather than sent without its picture. Only reads the app's
 * database; nothing here changes a row.
 */
export async function pushToReplica(db: PelatihDb, replica: PouchDatabase, trainingId: string, photos: SyncPhotos): Promise<PushOutcome> {
  const tables = await readTables(db, [trainingId])
  const rows = new Map<string, { table: TableName; row: SyncRow }>()
  for (const table of SYNC_TABLES) {
    for (const row of (tables[table] ?? []) as unknown as SyncRow[]) rows.set(rowDocumentId(table, row.id), { table, row })
  }
  const wanted: Record<string, string[]> = {}
  for (const [docId, { row }] of rows) wanted[docId] = [row.rev]
  const hashes = new Set<string>()
  for (const photo of tables.photos ?? []) for (const hash of [photo.hash, photo.previewHash]) hashes.add(hash)
  for (const hash of hashes) wanted[photoFileDocumentId(hash)] = [photoFileRev(hash)]
  const missing = new Set(Object.keys(await replica.revsDiff(wanted)))

  const unreadable = new Set<string>()
  let photoFiles = 0
  for (const hash of hashes) {
    if (!missing.has(photoFileDocumentId(hash))) continue
    const read = await photos.readPhoto({ hash })
    if (!read.ok) {
      unreadable.add(hash)
      continue
    }
    // One at a time: a file may be tens of megabytes.
    await write(replica, [photoFileDocument(hash, read.value)])
    photoFiles += 1
  }

  const docs: PouchDocument[] = []
  const heldBack: string[] = []
  let pushed = 0
  for (const [docId, { table, row }] of rows) {
    if (!missing.has(docId)) continue
    if (table === 'photos' && (unreadable.has(String(row['hash'])) || unreadable.has(String(row['previewHash'])))) {
      heldBack.push(docId)
      continue
    }
    const leaves = await replicaLeaves(replica, docId)
    const placed = couchRevisions(row, leaves)
    docs.push(rowToDocument(table, row, placed), ...branchEnds(row, placed, leaves).map((end) => ({ _id: docId, ...end })))
    pushed += 1
  }
  await write(replica, docs)
  return { rows: pushed, photoFiles, heldBack }
}
