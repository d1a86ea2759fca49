import { journalChannels } from '../channels/journalChannels'
import type { JournalStore } from '../storage/journalStore'
import type { PhotoStore } from '../storage/photoStore'
import { handleAll, type HandleOptions } from './handle'

export { JOURNAL_FOLDER_NAME } from '../channels/journalChannels'

/** Registers the journal:* channels. */
export function registerJournalIpc(store: Promise<JournalStore>, options: HandleOptions, photos?: PhotoStore): void {
  handleAll(journalChannels(store, photos), options)
}
