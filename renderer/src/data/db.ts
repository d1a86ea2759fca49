import { Dexie, type Table } from 'dexie'
import { TABLE_NAMES, type RowOf, type TableName } from '../../../shared/model/tables'
import { hasDefaultedFields, withDefaults } from '../../../shared/model/rowDefaults'
import { photoRowToV3 } from '../../../shared/migrations/photoFilesV3'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { upgradeStoredRows } from './upgradeRows'
import { OUTBOX_KEY } from './journalOutbox'
import { countWrites } from './writeCount'
import type { Change } from '../../../shared/journal/journalEntry'

/** A key-value row of the meta table (journal position, settings). */
export interface MetaRow {
  key: string
  value: unknown
}

/** The name of the app's working database. */
export const DEFAULT_DB_NAME = 'pelatih'

/**
 * Version 1 of the schema: every entity of the data model. Released versions are never edited;
 * a change adds `version(n + 1)` with an upgrade that calls a pure function of shared/migrations.
 */
export const SCHEMA_V1: Record<Exclude<TableName, 'conflicts' | 'organizations' | 'problems' | 'venueReceipts'> | 'meta', string> = {
  trainings: 'id, updatedAt',
  teamMembers: 'id, trainingId',
  participants: 'id, trainingId',
  attendance: 'id, trainingId, participantId',
  sessions: 'id, trainingId, [trainingId+day]',
  rounds: 'id, trainingId, sessionId',
  clusters: 'id, trainingId, roundId',
  ideas: 'id, trainingId, sessionId, roundId, clusterId',
  rolePlays: 'id, trainingId, sessionId',
  observations: 'id, trainingId, sessionId, rolePlayId',
  groups: 'id, trainingId, sessionId',
  actionPlans: 'id, trainingId',
  evaluations: 'id, trainingId, [trainingId+kind]',
  photos: 'id, trainingId, sessionId',
  templates: 'id',
  meta: 'key',
}

/**
 * Version 2: rows carry revisions (every v1 row gets its first one, see
 * shared/migrations/v2FirstRevisions.ts), and merge conflicts get a table of their own.
 */
export const SCHEMA_V2: Record<Exclude<TableName, 'organizations' | 'problems' | 'venueReceipts'> | 'meta', string> = {
  ...SCHEMA_V1,
  conflicts: 'id, trainingId, [table+rowId]',
}

/**
 * An image file on its way to the photo store: kept in the database until main confirms it
 * has the file (photoOutbox.ts), so a photo is never only in a row that no longer holds it.
 */
export interface PhotoOutboxRow {
  hash: string
  bytes: Uint8Array<ArrayBuffer>
}

/**
 * Version 3: photo rows keep the hashes of their files instead of data URLs; the files wait
 * in `photoOutbox` until the photo store has them. Dexie runs the version 2 upgrade first, so
 * the rows met here already carry revisions and get a new one for their new content.
 */
export const SCHEMA_V3 = { photoOutbox: 'hash' } as const

/**
 * Version 4: organisation profiles (name, logo, contacts for the letterhead), shared by every
 * training like the agenda templates; and problems met while the training ran and what was done
 * (hambatan dan pemecahan), a table of their own so entries from several hands never collide.
 * New tables only: no stored row changes.
 */
export const SCHEMA_V4 = { organizations: 'id', problems: 'id, trainingId, sessionId' } as const

/**
 * Version 5: receipts of what phones sent over the venue link (shared/model/venueReceipt.ts),
 * looked up by sending device for the vote limit and by row for the review state of a card. A new table
 * only: no stored row changes.
 */
export const SCHEMA_V5 = { venueReceipts: 'id, trainingId, senderId, rowId' } as const

/** The Dexie database of the app, typed per table. */
export type PelatihDb = Dexie & { [T in TableName]: Table<RowOf<T>, string> } & {
  meta: Table<MetaRow, string>
  photoOutbox: Table<PhotoOutboxRow, string>
}

/**
 * Moves the image files out of every old photo row, in the upgrade's own transaction: each
 * file goes to the outbox and the row is rewritten with its hashes, so a crash leaves either
 * the old rows or the new rows with their files waiting, never a row without its picture.
 */
export async function upgradePhotosToV3(
  photos: Table<Record<string, unknown>, string>,
  outbox: Table<PhotoOutboxRow, string>,
): Promise<void> {
  const ids = await photos.toCollection().primaryKeys()
  // One row at a time: a training's photos together are hundreds of megabytes.
  for (const id of ids) {
    const row = await photos.get(id)
    if (row === undefined) continue
    const files = legacyPhotoFiles(row)
    if (files === null) continue
    await outbox.bulkPut([files.original, files.preview].map(({ hash, bytes }) => ({ hash, bytes: new Uint8Array(bytes) })))
    await photos.put(photoRowToV3(row))
  }
}

/**
 * The same for photo edits still waiting in the journal outbox (saved on this computer only):
 * their files go to the photo outbox and the change to its version 3 row, so it reaches the
 * journal as a row of the version it is journaled with.
 */
export async function upgradeOutboxPhotosToV3(meta: Table<MetaRow, string>, outbox: Table<PhotoOutboxRow, string>): Promise<void> {
  const waiting = await meta.get(OUTBOX_KEY)
  if (!Array.isArray(waiting?.value)) return
  const batches: Change[][] = []
  for (const batch of waiting.value as Change[][]) {
    const next: Change[] = []
    for (const change of batch) {
      const files = change.op === 'put' && change.table === 'photos' ? legacyPhotoFiles(change.row) : null
      if (change.op !== 'put' || files === null) {
        next.push(change)
        continue
      }
      await outbox.bulkPut([files.original, files.preview].map(({ hash, bytes }) => ({ hash, bytes: new Uint8Array(bytes) })))
      next.push({ ...change, row: photoRowToV3(change.row) })
    }
    batches.push(next)
  }
  await meta.put({ key: OUTBOX_KEY, value: batches })
}

/** Opens (creating when needed) a database by name; tests pass a fresh name each time. */
export function createDb(name: string = DEFAULT_DB_NAME): PelatihDb {
  const db = new Dexie(name) as PelatihDb
  countWrites(db)
  db.version(1).stores(SCHEMA_V1)
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) => upgradeStoredRows(tx, 2))
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      const outbox = tx.table<PhotoOutboxRow, string>('photoOutbox')
      await upgradePhotosToV3(tx.table<Record<string, unknown>, string>('photos'), outbox)
      await upgradeOutboxPhotosToV3(tx.table<MetaRow, string>('meta'), outbox)
    })
  db.version(4).stores(SCHEMA_V4)
  db.version(5).stores(SCHEMA_V5)
  // Fields added with a schema default are filled in as rows are read, so rows stored before
  // them read like new ones everywhere (screens, report, backup) without a migration.
  for (const table of TABLE_NAMES) {
    if (hasDefaultedFields(table)) db.table(table).hook('reading', (row: unknown) => withDefaults(table, row))
  }
  return db
}
