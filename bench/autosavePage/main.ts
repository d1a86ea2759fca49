// The autosave benchmark's page: the app's own commit path, built by Vite as the renderer is
// and run in Chromium, so the comparison with a raw put uses the browser's real IndexedDB.
import { createCommit, JOURNAL_SEQ_KEY } from '../../renderer/src/data/commit'
import { createDb } from '../../renderer/src/data/db'
import { createMemoryBridge } from '../../renderer/src/data/__fixtures__/memoryBridge'
import { SaveStatus } from '../../renderer/src/data/saveStatus'
import { createHttpBridge } from '../../renderer/src/platform/httpBridge'
import { measureAutosave, type AutosaveSeries } from '../autosaveSeries'

declare global {
  interface Window {
    /** Runs the series and resolves with their medians (ms). */
    runAutosaveBench?: () => Promise<AutosaveSeries>
  }
}

/** The bench server's bare routes (see autosaveWrite.ts): the same request bytes, over the same HTTP. */
const post = (path: string, body: unknown) =>
  fetch(`${window.location.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((response) => response.json() as Promise<unknown>)

window.runAutosaveBench = () => {
  const bridge = createHttpBridge(window.location.origin)
  return measureAutosave({
    createDb,
    // Journal appends go over HTTP to the bridge server's real journal store (write + fsync),
    // standing in for Electron's IPC to the main process.
    journaled: (db) => createCommit(db, bridge, new SaveStatus()),
    // The same commit with a bridge that answers at once: what the renderer itself spends.
    rendererOnly: (db) => createCommit(db, createMemoryBridge(), new SaveStatus()),
    rawAppend: (request) => post('/__bench/raw-append', request),
    parts: {
      'HTTP round trip of the request, no disk': (request) => post('/__bench/echo', request),
      "bridge append (main's checks, sealed line, write + fsync, HTTP)": (request) => bridge.appendJournal(request),
      'IndexedDB transaction: the row and the journal position': (request, db) =>
        db.transaction('rw', db.ideas, db.meta, async () => {
          const change = request.changes[0]
          if (change?.op === 'put') await db.table('ideas').put(change.row)
          const seq = await db.meta.get(JOURNAL_SEQ_KEY)
          await db.meta.put({ key: JOURNAL_SEQ_KEY, value: (typeof seq?.value === 'number' ? seq.value : 0) + 1 })
        }),
    },
  })
}
