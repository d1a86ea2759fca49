import { journalChannels } from '../channels/journalChannels'
import type { InFlight } from '../inFlight'
import type { JournalStore } from '../storage/journalStore'
import type { PhotoStore } from '../storage/photoStore'
import { handleAll, type HandleOptions } from './handle'

export { JOURNAL_FOLDER_NAME } from '../channels/journalChannels'

/** Registers the journal:* channels; appends are counted in `inFlight`, so quitting can wait for them. */
export function registerJournalIpc(store: Promise<JournalStore>, options: HandleOptions, photos?: PhotoStore, inFlight?: InFlight): void {
  const table = journalChannels(store, photos)
  const append = table['journal:append']
  handleAll(
    inFlight ? { ...table, 'journal:append': (request: Parameters<typeof append>[0]) => inFlight.track(() => append(request)) } : table,
    options,
  )
}
