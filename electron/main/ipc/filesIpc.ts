import { access, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { OpenedFile } from '../../../shared/ipc/backupTypes'
import type { RequestOf, SaveResult } from '../../../shared/ipc/contract'
import { writeFileAtomic } from '../storage/atomicWrite'
import { handle, IpcError, type HandleOptions } from './handle'

/** What saving needs from the outside world; Electron and fs in the app, fakes in tests. */
export interface SaveBytesDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>
  /** Folder the dialog starts in. */
  documentsFolder: string
  writeFile(path: string, data: Uint8Array): Promise<void>
  exists(path: string): Promise<boolean>
}

/**
 * Asks the user where to save and writes the bytes atomically. The renderer only suggests a
 * name; the path comes from the user's own choice in the dialog.
 */
export async function saveBytes(request: RequestOf<'files:save-bytes'>, deps: SaveBytesDeps): Promise<SaveResult> {
  const chosen = await deps.showSaveDialog({
    defaultPath: join(deps.documentsFolder, request.suggestedName),
    filters: request.extensions.length > 0 ? [{ name: request.filterName, extensions: [...request.extensions] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (chosen.canceled || !chosen.filePath) return { saved: false, fileName: null }
  const target = await withExtension(chosen.filePath, request.extensions, deps)
  await deps.writeFile(target, request.bytes)
  return { saved: true, fileName: basename(target) }
}

/**
 * Some dialogs (GTK) return the name exactly as typed: add the expected extension so the file
 * opens in the right program, unless that would silently replace a file the user never saw.
 */
async function withExtension(path: string, extensions: readonly string[], deps: SaveBytesDeps): Promise<string> {
  const first = extensions[0]
  if (!first || extname(path) !== '') return path
  const completed = `${path}.${first}`
  return (await deps.exists(completed)) ? path : completed
}

/** What opening needs from the outside world. */
export interface OpenFileDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  documentsFolder: string
  size(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
}

/**
 * Asks the user for one file and reads it, refusing (before reading) a file larger than the
 * caller allows; the renderer never sees or names the path.
 */
export async function openFile(request: RequestOf<'files:open'>, deps: OpenFileDeps): Promise<OpenedFile | null> {
  const chosen = await deps.showOpenDialog({
    defaultPath: deps.documentsFolder,
    filters: request.extensions.length > 0 ? [{ name: request.filterName, extensions: [...request.extensions] }] : [],
    properties: ['openFile'],
  })
  const path = chosen.filePaths[0]
  if (chosen.canceled || !path) return null
  const size = await deps.size(path)
  if (size > request.maxBytes) throw new IpcError('invalid-argument', `file too large: ${size} bytes`)
  return { fileName: basename(path), bytes: await deps.readFile(path) }
}

function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    // Some Linux desktops have no documents folder configured.
    return app.getPath('home')
  }
}

/** Registers the files:* channels. */
export function registerFilesIpc(options: HandleOptions): void {
  handle(
    'files:save-bytes',
    (request, event) => {
      const parent = BrowserWindow.fromWebContents(event.sender)
      return saveBytes(request, {
        // Modal to the asking window, so it cannot be lost behind it.
        showSaveDialog: (dialogOptions) => (parent ? dialog.showSaveDialog(parent, dialogOptions) : dialog.showSaveDialog(dialogOptions)),
        documentsFolder: documentsFolder(),
        writeFile: writeFileAtomic,
        exists: (path) =>
          access(path).then(
            () => true,
            () => false,
          ),
      })
    },
    options,
  )
  handle(
    'files:open',
    (request, event) => {
      const parent = BrowserWindow.fromWebContents(event.sender)
      return openFile(request, {
        showOpenDialog: (dialogOptions) => (parent ? dialog.showOpenDialog(parent, dialogOptions) : dialog.showOpenDialog(dialogOptions)),
        documentsFolder: documentsFolder(),
        size: async (path) => (await stat(path)).size,
        readFile: async (path) => new Uint8Array(await readFile(path)),
      })
    },
    options,
  )
}
