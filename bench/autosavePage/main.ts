// The autosave benchmark's page: the app's own commit path, built by Vite as the renderer is
// and run in Chromium, so the comparison with a raw put uses the browser's real IndexedDB.
import { createCommit } from '../../renderer/src/data/commit'
import { createDb } from '../../renderer/src/data/db'
import { createMemoryBridge } from '../../renderer/src/data/__fixtures__/memoryBridge'
import { SaveStatus } from '../../renderer/src/data/saveStatus'
import { createHttpBridge } from '../../renderer/src/platform/httpBridge'
import { measureAutosave, type AutosaveSeries } from '../autosaveSeries'

declare global {
  interface Window {
    /** Runs the three series and resolves with their medians (ms). */
    runAutosaveBench?: () => Promise<AutosaveSeries>
  }
}

window.runAutosaveBench = () =>
  measureAutosave({
    createDb,
    // Journal appends go over HTTP to the bridge server's real journal store (write + fsync),
    // standing in for Electron's IPC to the main process.
    journaled: (db) => createCommit(db, createHttpBridge(window.location.origin), new SaveStatus()),
    // The same commit with a bridge that answers at once: what the renderer itself spends.
    rendererOnly: (db) => createCommit(db, createMemoryBridge(), new SaveStatus()),
  })
