import type { Change } from '../../../shared/journal/journalEntry'
import { migrateAndValidateChanges, type RefusedChange } from '../../../shared/migrations/migrateAndValidate'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import type { JournalStore } from '../storage/journalStore'
import { stashLegacyPhotoFiles } from '../storage/legacyPhotoStash'
import type { PhotoStore } from '../storage/photoStore'
import { IpcError } from './ipcError'
import type { ChannelTable } from './runChannel'

/** Sub-folder of userData holding journal.ndjson and snapshot.json. */
export const JOURNAL_FOLDER_NAME = 'journal'

/**
 * The journal channels, bound to a store that may still be opening. Calls wait for it; if it
 * failed to open, every call fails with that error (an io-error for the renderer) while the
 * rest of the app keeps working.
 */
export function journalChannels(store: Promise<JournalStore>, photos?: PhotoStore) {
  return {
    'journal:append': async ({ changes, schemaVersion }) => {
      refuseInvalidRows(changes, schemaVersion ?? CURRENT_SCHEMA_VERSION)
      return (await store).append(changes, schemaVersion)
    },
    'journal:read-manifest': async () => (await store).manifest(),
    'journal:read-since': async ({ seq }) => {
      const since = await (await store).readSince(seq)
      // Old photo rows carry their files; those reach the photo store before the rows leave main.
      if (photos !== undefined) await stashLegacyPhotoFiles(photos, since)
      return since
    },
    'journal:reseed': async (request) => {
      const opened = await store
      await opened.reseed(request)
      return opened.manifest()
    },
    'journal:set-aside': async ({ rows }) => (await store).setAside(rows),
  } satisfies ChannelTable
}

/**
 * The journal is what every start replays: a row the model refuses must never reach it, or it
 * would be quarantined at the next start and its edit lost. So every row is checked here with
 * the same schemas replay uses, and one bad row refuses the whole entry (an entry is one commit).
 */
function refuseInvalidRows(changes: readonly Change[], schemaVersion: number): void {
  const { refused } = migrateAndValidateChanges(changes, schemaVersion)
  const first = refused[0]
  if (first !== undefined) throw new IpcError('invalid-argument', describeRefusal(first, refused.length))
}

function describeRefusal(refusal: RefusedChange, count: number): string {
  const { change, index, error } = refusal
  const id = change.op === 'put' ? String(change.row['id']) : change.id
  const field = typeof error.params['field'] === 'string' ? `, field "${error.params['field']}"` : ''
  const others = count > 1 ? ` (and ${count - 1} more)` : ''
  return `nothing written: change ${index} (table "${change.table}", id "${id}"${field}) is not a valid row (${error.code})${others}`
}
