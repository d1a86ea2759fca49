import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, powerSaveBlocker, screen, session } from 'electron'
import { SHELL_NOTICE_EVENT_CHANNEL } from '../../shared/ipc/contract'
import { menuLanguageFor, type MenuLanguage } from '../../shared/i18n/menuStrings'
import { LOG_FOLDER_NAME, openAppLog } from './appLog'
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
import { createInFlight, guardQuit } from './inFlight'
import { registerShellIpc } from './ipc/shellIpc'
import { registerVenueIpc, venueEventsTo } from './ipc/venueIpc'
import { installAppMenu } from './menu'
import { keepSpellcheckOffline } from './offlineSpellcheck'
import { currentRendererLocation } from './rendererLocation'
import { denyAllPermissions, hardenWebContents } from './security'
import { createBackupStore } from './storage/backupStore'
import createCompactWorker from './storage/compactWorker?nodeWorker'
import { openJournalStore, type JournalStore } from './storage/journalStore'
import { workerCompactor } from './storage/workerCompactor'
import { collectUnusedPhotos } from './storage/photoCollection'
import { createPhotoStore } from './storage/photoStore'
import { createSenderCheck } from './trustedSender'
import { createRunKeeper } from './runKeeper'
import { createVenueHost } from './venue/venueHost'
import { listVenueAddresses } from './venue/venueAddresses'
import { createAppWindow, DEFAULT_WINDOW_SIZE } from './window'
import { createWindowStateKeeper, placeTrainerWindow, readWindowState, WINDOW_STATE_FILE_NAME, type WindowStateKeeper } from './windowState'
import { createNoticeBoard, watchWindow } from './windowWatch'

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
  // What the shell does is logged to a rotating file in userData (shown in Help > About).
  const log = openAppLog(join(app.getPath('userData'), LOG_FOLDER_NAME))
  log.info(`[app] Pelatih ${app.getVersion()} starting on ${process.platform}`)
  const isTrustedSender = createSenderCheck(currentRendererLocation())
  const ipcOptions: HandleOptions = {
    isTrustedSender,
    onError: (channel, code, message) => log.warn(`[ipc] ${channel} ${code}: ${message}`),
  }
  let mainWindow: BrowserWindow | null = null
  let projectorWindow: BrowserWindow | null = null
  let journal: Promise<JournalStore> | null = null
  let windowState: WindowStateKeeper | null = null
  let menuLanguage: MenuLanguage = 'en'
  const appends = createInFlight()
  // Quitting waits (at most 3 s) for journal appends on their way to disk.
  guardQuit(app, appends, { log: (message) => log.info(message) })
  const notices = createNoticeBoard({
    ping: () => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(SHELL_NOTICE_EVENT_CHANNEL)
    },
  })
  const runKeeper = createRunKeeper({
    powerSaveBlocker,
    windows: () =>
      [mainWindow, projectorWindow].filter((w): w is BrowserWindow => w !== null && !w.isDestroyed()).map((w) => w.webContents),
    log: (message) => log.info(message),
  })
  const watch = (window: BrowserWindow): void =>
    watchWindow(window, {
      role: () => (window === mainWindow ? 'trainer' : 'projector'),
      onRecovered: (notice) => notices.post(notice),
      log: (message) => log.warn(message),
    })
  // The venue link: off until the trainer turns it on; its events go to the trainer's window only.
  const venueEvents = venueEventsTo(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null))
  const venue = createVenueHost({
    folder: app.getPath('userData'),
    pageDir: join(dirname(currentRendererLocation().rendererFile), '..', 'venue'),
    addresses: () => listVenueAddresses(),
    deliver: venueEvents.deliver,
    statusChanged: venueEvents.statusChanged,
    onError: (message) => log.warn(`[venue] ${message}`),
  })
  const installMenu = (): void =>
    installAppMenu({ language: menuLanguage, isPackaged: app.isPackaged, platform: process.platform, target: () => mainWindow })

  const openMainWindow = (): void => {
    // One trainer's window: 'activate' and 'second-instance' may ask while it is opening.
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.focus()
      return
    }
    const saved = windowState?.state.trainer
    const bounds = placeTrainerWindow(saved?.bounds, screen.getAllDisplays(), screen.getPrimaryDisplay(), DEFAULT_WINDOW_SIZE)
    const window = createAppWindow({ title: 'Pelatih', bounds })
    if (saved?.maximized) window.maximize()
    watch(window)
    const remember = (): void => {
      if (!window.isDestroyed() && !window.isMinimized())
        windowState?.update({ trainer: { bounds: window.getNormalBounds(), maximized: window.isMaximized() } })
    }
    window.on('resize', remember)
    window.on('move', remember)
    window.on('maximize', remember)
    window.on('unmaximize', remember)
    window.on('close', () => {
      remember()
      void windowState?.flush()
    })
    window.on('closed', () => {
      if (mainWindow === window) {
        mainWindow = null
        // No trainer, no running session: give the display its sleep back.
        runKeeper.setRunning(false)
      }
    })
    mainWindow = window
  }

  const onProjectorWindow = (window: BrowserWindow): void => {
    projectorWindow = window
    // The participants' view has no menu bar; the menu's commands are the trainer's.
    window.removeMenu()
    watch(window)
    runKeeper.apply(window.webContents)
    const remember = (): void => {
      if (!window.isDestroyed()) windowState?.update({ projector: { displayId: screen.getDisplayMatching(window.getBounds()).id } })
    }
    window.on('moved', remember)
    window.on('close', remember)
    window.on('closed', () => {
      if (projectorWindow === window) projectorWindow = null
    })
  }

  app.on('second-instance', () => {
    // A second launch with no window open (macOS keeps the app running) opens one.
    if (!mainWindow) {
      if (app.isReady()) openMainWindow()
      return
    }
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
    // Appends in flight were awaited in before-quit; closing only releases the file handle.
    runKeeper.setRunning(false)
    // Quitting turns the venue link off: nothing listens on the network after the app is gone.
    void venue
      .stop()
      .catch((error: unknown) => log.warn(`[venue] could not stop: ${error instanceof Error ? error.message : String(error)}`))
    void journal?.then((store) => store.close()).catch(() => undefined)
    log.info('[app] quit')
  })

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    keepSpellcheckOffline(session.defaultSession, (message) => log.info(message))
    // Served before any window asks for it; a broken build folder is told, not left white.
    await serveAppScheme(dirname(currentRendererLocation().rendererFile)).catch((error: unknown) =>
      log.error('[app] cannot serve the renderer:', error),
    )
    journal = openJournalStore(join(app.getPath('userData'), JOURNAL_FOLDER_NAME), {
      onWarning: (message) => log.warn(`[journal] ${message}`),
      // Folding a large history parses every row: in a worker, so no window waits for it.
      compactor: workerCompactor(createCompactWorker),
      // A fold that migrates old photo rows keeps their pictures as files first.
      photosFolder: join(app.getPath('userData'), PHOTOS_FOLDER_NAME),
    })
    // Logged here; each journal call still fails with this error, the rest of the app runs.
    journal.catch((error: unknown) => log.error('[journal] could not open:', error))
    registerAppIpc(ipcOptions, log.filePath)
    const photos = createPhotoStore(join(app.getPath('userData'), PHOTOS_FOLDER_NAME))
    registerJournalIpc(journal, ipcOptions, photos, appends)
    registerFilesIpc(ipcOptions)
    registerProjectorIpc(ipcOptions, {
      onWindow: onProjectorWindow,
      preferredDisplayId: () => windowState?.state.projector?.displayId,
    })
    registerShellIpc(
      {
        takeNotices: () => notices.take(),
        setMenuLanguage: (language) => {
          if (language === menuLanguage) return
          menuLanguage = language
          installMenu()
        },
        setSessionRunning: (running) => runKeeper.setRunning(running),
      },
      (sender) => mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents,
      ipcOptions,
    )
    registerVenueIpc(venue, (sender) => mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents, ipcOptions)
    const backups = createBackupStore(join(app.getPath('userData'), BACKUP_FOLDER_NAME))
    registerBackupIpc(backups, ipcOptions)
    registerPhotosIpc(photos, ipcOptions)
    // Photo files nothing refers to any more are removed once per launch, after start-up has settled.
    const opened = journal
    setTimeout(() => {
      void opened
        .then((store) => collectUnusedPhotos(photos, store, backups))
        .then((removed) => removed.length > 0 && log.info(`[photos] removed ${removed.length} unused files`))
        .catch((error: unknown) =>
          log.warn(`[photos] could not collect unused files: ${error instanceof Error ? error.message : String(error)}`),
        )
    }, PHOTO_COLLECTION_DELAY_MS)
    // Until the page says which language the user chose, the menu speaks the system's.
    menuLanguage = menuLanguageFor([...app.getPreferredSystemLanguages(), app.getLocale()])
    installMenu()
    const windowStatePath = join(app.getPath('userData'), WINDOW_STATE_FILE_NAME)
    windowState = createWindowStateKeeper(windowStatePath, await readWindowState(windowStatePath), {
      onError: (error) => log.warn(`[window] could not keep window places: ${error instanceof Error ? error.message : String(error)}`),
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
