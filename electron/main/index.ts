import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, session } from 'electron'
import { menuLanguageFor } from '../../shared/i18n/menuStrings'
import { APP_ENTRY_URL } from './appOrigin'
import { registerAppScheme, serveAppScheme } from './appProtocol'
import { carryOverFileOriginStorage } from './fileOriginStorage'
import { openStoragePage } from './storagePage'
import { openExternalChecked } from './externalLinks'
import { registerAppIpc } from './ipc/appIpc'
import { BACKUP_FOLDER_NAME, registerBackupIpc } from './ipc/backupIpc'
import { registerFilesIpc } from './ipc/filesIpc'
import type { HandleOptions } from './ipc/handle'
import { JOURNAL_FOLDER_NAME, registerJournalIpc } from './ipc/journalIpc'
import { PHOTOS_FOLDER_NAME, registerPhotosIpc } from './ipc/photosIpc'
import { registerProjectorIpc } from './ipc/projectorIpc'
import { installAppMenu } from './menu'
import { currentRendererLocation } from './rendererLocation'
import { denyAllPermissions, hardenWebContents } from './security'
import { createBackupStore } from './storage/backupStore'
import createCompactWorker from './storage/compactWorker?nodeWorker'
import { openJournalStore, type JournalStore } from './storage/journalStore'
import { workerCompactor } from './storage/workerCompactor'
import { collectUnusedPhotos } from './storage/photoCollection'
import { createPhotoStore } from './storage/photoStore'
import { createSenderCheck } from './trustedSender'
import { createAppWindow } from './window'

/** How long the first start waits for the file:// storage to be carried over. */
const CARRY_OVER_TIMEOUT_MS = 5000
/** How long after launch unused photo files are collected. */
const PHOTO_COLLECTION_DELAY_MS = 60_000

// Before anything reads userData: the folder is named after the app.
app.setName('Pelatih')
// The Electron end-to-end tests give each run its own data folder. Honoured only unpackaged: an
// environment variable must never move an installed app's data.
const testDataFolder = process.env['PELATIH_USER_DATA_DIR']
if (!app.isPackaged && testDataFolder) app.setPath('userData', testDataFolder)
// Only possible before ready: the renderer is served from app://, never from file://.
registerAppScheme()

if (app.requestSingleInstanceLock()) {
  start()
} else {
  // A second launch only hands focus to the first (see 'second-instance') and leaves.
  app.quit()
}

function start(): void {
  const isTrustedSender = createSenderCheck(currentRendererLocation())
  const ipcOptions: HandleOptions = {
    isTrustedSender,
    onError: (channel, code, message) => console.warn(`[ipc] ${channel} ${code}: ${message}`),
  }
  let mainWindow: BrowserWindow | null = null
  let journal: Promise<JournalStore> | null = null

  const openMainWindow = (): void => {
    const window = createAppWindow({ title: 'Pelatih' })
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    mainWindow = window
  }

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })

  // Every web contents, including ones we did not create ourselves, gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { isAllowedNavigation: isTrustedSender, openLink: openExternalChecked })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  app.on('will-quit', () => {
    // Every append is already fsynced; closing only releases the file handle.
    void journal?.then((store) => store.close()).catch(() => undefined)
  })

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    // Served before any window asks for it; a broken build folder is told, not left white.
    await serveAppScheme(dirname(currentRendererLocation().rendererFile)).catch((error: unknown) => console.error('[app] cannot serve the renderer:', error))
    journal = openJournalStore(join(app.getPath('userData'), JOURNAL_FOLDER_NAME), {
      onWarning: (message) => console.warn(`[journal] ${message}`),
      // Folding a large history parses every row: in a worker, so no window waits for it.
      compactor: workerCompactor(createCompactWorker),
    })
    // Logged here; each journal call still fails with this error, the rest of the app runs.
    journal.catch((error: unknown) => console.error('[journal] could not open:', error))
    registerAppIpc(ipcOptions)
    const photos = createPhotoStore(join(app.getPath('userData'), PHOTOS_FOLDER_NAME))
    registerJournalIpc(journal, ipcOptions, photos)
    registerFilesIpc(ipcOptions)
    registerProjectorIpc(ipcOptions)
    const backups = createBackupStore(join(app.getPath('userData'), BACKUP_FOLDER_NAME))
    registerBackupIpc(backups, ipcOptions)
    registerPhotosIpc(photos, ipcOptions)
    // Photo files nothing refers to any more are removed once per launch, after start-up has settled.
    const opened = journal
    setTimeout(() => {
      void opened
        .then((store) => collectUnusedPhotos(photos, store, backups))
        .then((removed) => removed.length > 0 && console.info(`[photos] removed ${removed.length} unused files`))
        .catch((error: unknown) => console.warn('[photos] could not collect unused files:', error))
    }, PHOTO_COLLECTION_DELAY_MS)
    installAppMenu({
      language: menuLanguageFor([...app.getPreferredSystemLanguages(), app.getLocale()]),
      isPackaged: app.isPackaged,
      platform: process.platform,
    })
    // Once, before the trainer's window: what the file:// version left in its localStorage. Bounded:
    // the window opens anyway after a few seconds (and the next start tries again).
    const carriedOver = carryOverFileOriginStorage({
      userData: app.getPath('userData'),
      fileOriginUrl: pathToFileURL(currentRendererLocation().rendererFile).href,
      appOriginUrl: APP_ENTRY_URL,
      openPage: openStoragePage,
    })
      .then((copied) => copied > 0 && console.info(`[app] carried ${copied} unsaved items over from the file:// version`))
      .catch((error: unknown) => console.warn('[app] could not carry over the file:// storage:', error))
    await Promise.race([carriedOver, new Promise((done) => setTimeout(done, CARRY_OVER_TIMEOUT_MS))])
    openMainWindow()
  })
}
