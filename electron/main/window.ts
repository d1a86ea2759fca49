import { BrowserWindow } from 'electron'
import { openExternalChecked } from './externalLinks'
import { currentRendererLocation, hashRoute, type RendererLocation } from './rendererLocation'
import { hardenWebContents } from './security'
import { createSenderCheck } from './trustedSender'

/** Smallest size at which the planning screens still fit. */
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const
/** Default size: the most common laptop and projector resolution. */
export const DEFAULT_WINDOW_SIZE = { width: 1366, height: 768 } as const

/** What differs between the app's windows. */
export interface AppWindowOptions {
  title: string
  /** Hash route to open, e.g. '/projector/<trainingId>'; the start page when omitted. */
  route?: string
  /** Position and size, e.g. on the second display for the projector. */
  bounds?: { x?: number; y?: number; width?: number; height?: number }
  fullscreen?: boolean
  /** Defaults to the running app's build layout; tests pass their own. */
  location?: RendererLocation
  /** Told when loading the renderer fails. */
  onLoadError?(error: unknown): void
}

/**
 * The one factory for every BrowserWindow, so no window can be created with weaker settings.
 * The security flags are literals in the constructor call on purpose: the scanner reads them
 * there.
 */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const location = options.location ?? currentRendererLocation()
  const route = hashRoute(options.route)
  const window = new BrowserWindow({
    title: options.title,
    width: options.bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: options.bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(options.bounds?.x !== undefined && options.bounds.y !== undefined ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    fullscreen: options.fullscreen ?? false,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: location.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  })
  window.once('ready-to-show', () => window.show())
  hardenWebContents(window.webContents, {
    isAllowedNavigation: createSenderCheck(location),
    openLink: openExternalChecked,
  })
  const loading = window.loadURL(`${location.devServerUrl ?? location.rendererUrl}${route ? `#${route}` : ''}`)
  loading.catch((error: unknown) => (options.onLoadError ?? console.error)(error))
  return window
}
