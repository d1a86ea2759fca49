import { BrowserWindow } from 'electron'
import type { StoragePage } from './fileOriginStorage'

/**
 * A hidden window with no preload, to read or write one origin's localStorage by script. Without
 * the preload the app in it only shows that it cannot save: it opens no database, writes nothing.
 */
export function openStoragePage(): Promise<StoragePage & { close(): void }> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
  return Promise.resolve({
    load: (url) => window.loadURL(url),
    run: <T>(script: string) => window.webContents.executeJavaScript(script) as Promise<T>,
    close: () => {
      if (!window.isDestroyed()) window.destroy()
    },
  })
}
