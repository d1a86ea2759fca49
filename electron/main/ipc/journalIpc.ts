import type { JournalManifest, JournalSince, SetAsideResult } from '../../../shared/journal/journalEntry'
import type { RequestOf } from '../../../shared/ipc/contract'
import type { InFlight } from '../inFlight'
import type { JournalStore } from '../storage/journalStore'
import { stashLegacyPhotoFiles } from '../storage/legacyPhotoStash'
import type { PhotoStore } from '../storage/photoStore'
import { handle, type HandleOptions } from './handle'

/** Sub-folder of userData holding journal.ndjson and snapshot.json. */
export const JOURNAL_FOLDER_NAME = 'journal'

/** The journal channels' work, apart from IPC so it can be tested without Electron. */
export interface JournalHandlers {
  append(request: RequestOf<'journal:append'>): Promise<{ seq: number }>
  readManifest(): Promise<JournalManifest>
  readSince(request: RequestOf<'journal:read-since'>): Promise<JournalSince>
  reseed(request: RequestOf<'journal:reseed'>): Promise<JournalManifest>
  setAside(request: RequestOf<'journal:set-aside'>): Promise<SetAsideResult>
}

/**
 * Binds the journal channels to a store that may still be opening. Calls wait for it; if it
 * failed to open, every call fails with that error (an io-error for the renderer) while the
 * rest of the app keeps working.
 */
export function createJournalHandlers(store: Promise<JournalStore>, photos?: PhotoStore): JournalHandlers {
  return {
    append: async ({ changes, schemaVersion }) => (await store).append(changes, schemaVersion),
    readManifest: async () => (await store).manifest(),
    readSince: async ({ seq }) => {
      const since = await (await store).readSince(seq)
      // Old photo rows carry their files; those reach the photo store before the rows leave main.
      if (photos !== undefined) await stashLegacyPhotoFiles(photos, since)
      return since
    },
    reseed: async (request) => {
      const opened = await store
      await opened.reseed(request)
      return opened.manifest()
    },
    setAside: async ({ rows }) => (await store).setAside(rows),
  }
}

/** Registers the journal:* channels; appends are counted in `inFlight`, so quitting can wait for them. */
export function registerJournalIpc(store: Promise<JournalStore>, options: HandleOptions, photos?: PhotoStore, inFlight?: InFlight): void {
  const handlers = createJournalHandlers(store, photos)
  handle('journal:append', (request) => (inFlight ? inFlight.track(() => handlers.append(request)) : handlers.append(request)), options)
  handle('journal:read-manifest', () => handlers.readManifest(), options)
  handle('journal:read-since', (request) => handlers.readSince(request), options)
  handle('journal:reseed', (request) => handlers.reseed(request), options)
  handle('journal:set-aside', (request) => handlers.setAside(request), options)
}
