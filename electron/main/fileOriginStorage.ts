import { access, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The localStorage keys the app keeps (drafts, unfinished commits, the language): all start so. */
export const APP_STORAGE_PREFIX = 'pelatih.'

/** Written once the file:// origin's storage has been carried over, so it happens once. */
export const CARRIED_OVER_MARKER = 'file-origin-storage-carried-over'

/** A page loaded in a hidden window only to read or write its origin's localStorage. */
export interface StoragePage {
  load(url: string): Promise<void>
  run<T>(script: string): Promise<T>
}

/** What carrying over needs; Electron in the app, fakes in tests. */
export interface CarryOverDeps {
  userData: string
  /** The file:// URL the earlier versions loaded (out/renderer/index.html). */
  fileOriginUrl: string
  /** The app scheme's page (app://pelatih/index.html). */
  appOriginUrl: string
  /** Opens a hidden page without the preload: the app in it only shows that it cannot save. */
  openPage(): Promise<StoragePage & { close(): void }>
}

const READ_SCRIPT = `JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith(${JSON.stringify(APP_STORAGE_PREFIX)})).map((k) => [k, localStorage.getItem(k)]))`

function writeScript(items: readonly [string, string][]): string {
  // An item already there was written by this version: it is newer than the old origin's.
  return `(() => { let n = 0; for (const [k, v] of ${JSON.stringify(items)}) if (localStorage.getItem(k) === null) { localStorage.setItem(k, v); n++ } return n })()`
}

/**
 * IndexedDB and localStorage are per origin, and the app moved from file:// to app://. The
 * database needs nothing: the journal on disk is replayed into the empty one at the first start.
 * But text typed a moment before the last close of the old version, and commits still on their
 * way then, wait in the old origin's localStorage to be committed at the next start: those items
 * are copied to the new origin once, before the trainer's window opens. Resolves how many.
 */
export async function carryOverFileOriginStorage(deps: CarryOverDeps): Promise<number> {
  const marker = join(deps.userData, CARRIED_OVER_MARKER)
  if (
    await access(marker).then(
      () => true,
      () => false,
    )
  )
    return 0
  const page = await deps.openPage()
  try {
    await page.load(deps.fileOriginUrl)
    const items = parseItems(await page.run<string>(READ_SCRIPT))
    let copied = 0
    if (items.length > 0) {
      await page.load(deps.appOriginUrl)
      copied = await page.run<number>(writeScript(items))
    }
    await mkdir(deps.userData, { recursive: true })
    await writeFile(marker, `${new Date().toISOString()} ${copied}\n`)
    return copied
  } finally {
    page.close()
  }
}

function parseItems(text: string): [string, string][] {
  const parsed: unknown = JSON.parse(text)
  if (!Array.isArray(parsed)) return []
  return parsed.filter(
    (item): item is [string, string] =>
      Array.isArray(item) && typeof item[0] === 'string' && item[0].startsWith(APP_STORAGE_PREFIX) && typeof item[1] === 'string',
  )
}
