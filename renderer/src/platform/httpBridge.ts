import type { AppApi, Channel, MenuCommand, ResponseMap } from '../../../shared/ipc/contract'
import { fail, type Result } from '../../../shared/ipc/result'

/** Where the browser fallback sends its calls: `${origin}${BRIDGE_PATH}/<channel>`. */
export const BRIDGE_PATH = '/__bridge'

async function call<C extends Channel>(origin: string, channel: C, request: unknown): Promise<Result<ResponseMap[C]>> {
  try {
    const response = await fetch(`${origin}${BRIDGE_PATH}/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request ?? null),
    })
    if (!response.ok) return fail('io-error', `HTTP ${response.status}`)
    return (await response.json()) as Result<ResponseMap[C]>
  } catch (error) {
    return fail('io-error', error instanceof Error ? error.message : String(error))
  }
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * The bridge outside Electron. Journal calls go over HTTP to a server running the same storage
 * module as main; saving a file becomes a download; there is no application menu.
 */
export function createHttpBridge(origin: string): AppApi {
  const menuListeners = new Set<(command: MenuCommand) => void>()
  return {
    getAppInfo: () => call(origin, 'app:get-info', null),
    openExternal: (url) => call(origin, 'app:open-external', { url }),
    appendJournal: (request) => call(origin, 'journal:append', request),
    readJournalManifest: () => call(origin, 'journal:read-manifest', null),
    readJournalSince: (request) => call(origin, 'journal:read-since', request),
    saveBytes: (request) => {
      download(request.bytes, request.suggestedName)
      return Promise.resolve({ ok: true, value: { saved: true, fileName: request.suggestedName } })
    },
    onMenuCommand: (listener) => {
      menuListeners.add(listener)
      return () => menuListeners.delete(listener)
    },
  }
}
