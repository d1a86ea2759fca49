import { BrowserWindow, screen } from 'electron'
import type { ProjectorOpened, RequestOf } from '../../../shared/ipc/contract'
import { createAppWindow, type AppWindowOptions } from '../window'
import { rememberedDisplay } from '../windowState'
import { handle, type HandleOptions } from './handle'

/** A display as the projector placement needs it. */
export interface DisplayLike {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

/** The parts of a BrowserWindow the opener uses (a fake in tests). */
export interface ProjectorWindowLike {
  isDestroyed(): boolean
  close(): void
  focus(): void
  once(event: 'closed', listener: () => void): unknown
}

/** What the opener needs from Electron; tests pass fakes. */
export interface ProjectorDeps {
  getAllDisplays(): DisplayLike[]
  getPrimaryDisplay(): DisplayLike
  createWindow(options: AppWindowOptions): ProjectorWindowLike
  /** The display the projector was on last time, if known. */
  preferredDisplayId?(): number | undefined
}

/**
 * Where the projector goes: a display other than the one the trainer's window is on
 * (preferring one that is not the primary), or null when there is only one display.
 */
export function pickProjectorDisplay(
  displays: readonly DisplayLike[],
  primaryId: number,
  trainerDisplayId: number | null,
): DisplayLike | null {
  const others = displays.filter((d) => d.id !== (trainerDisplayId ?? primaryId))
  return others.find((d) => d.id !== primaryId) ?? others[0] ?? null
}

/**
 * Opens the projector window: one at a time. Asking again for the same training brings it
 * forward; asking for another training replaces it. On a second display it opens full screen
 * there; with one display it opens as an ordinary window beside the trainer's. Closing it
 * leaves the trainer's window alone; closing the trainer's window closes it too.
 */
export function createProjectorOpener(deps: ProjectorDeps) {
  let current: { trainingId: string; window: ProjectorWindowLike } | null = null

  return (
    request: RequestOf<'projector:open'>,
    owner?: { displayId: number | null; onClosed: (fn: () => void) => void },
  ): ProjectorOpened => {
    const displays = deps.getAllDisplays()
    const primaryId = deps.getPrimaryDisplay().id
    const trainerDisplayId = owner?.displayId ?? null
    // The display it was on last time, unless that is gone or is where the trainer's window is now.
    const remembered = rememberedDisplay(displays, deps.preferredDisplayId?.())
    const target =
      remembered && remembered.id !== (trainerDisplayId ?? primaryId)
        ? remembered
        : pickProjectorDisplay(displays, primaryId, trainerDisplayId)
    if (current && !current.window.isDestroyed()) {
      if (current.trainingId === request.trainingId) {
        current.window.focus()
        return { onSecondDisplay: target !== null }
      }
      current.window.close()
    }
    const window = deps.createWindow({
      title: 'Pelatih',
      route: `/projector/${encodeRouteSegment(request.trainingId)}`,
      ...(target ? { bounds: { ...target.bounds }, fullscreen: true } : {}),
    })
    const entry = { trainingId: request.trainingId, window }
    current = entry
    window.once('closed', () => {
      if (current === entry) current = null
    })
    owner?.onClosed(() => {
      if (!window.isDestroyed()) window.close()
    })
    return { onSecondDisplay: target !== null }
  }
}

/**
 * Percent-encodes an id for a hash route. encodeURIComponent leaves ' ( ) ! * as they are, which
 * the route check of the window factory (rightly strict: the route ends up in a URL) refuses.
 */
export function encodeRouteSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** What the shell does with each projector window, and where it was last. */
export interface ProjectorHooks {
  onWindow?: (window: BrowserWindow) => void
  preferredDisplayId?: () => number | undefined
}

/** Registers projector:open. */
export function registerProjectorIpc(options: HandleOptions, hooks: ProjectorHooks = {}): void {
  const open = createProjectorOpener({
    getAllDisplays: () => screen.getAllDisplays(),
    getPrimaryDisplay: () => screen.getPrimaryDisplay(),
    createWindow: (windowOptions) => {
      const window = createAppWindow(windowOptions)
      hooks.onWindow?.(window)
      return window
    },
    ...(hooks.preferredDisplayId ? { preferredDisplayId: hooks.preferredDisplayId } : {}),
  })
  handle(
    'projector:open',
    (request, event) => {
      const trainer = BrowserWindow.fromWebContents(event.sender)
      const displayId = trainer ? screen.getDisplayMatching(trainer.getBounds()).id : null
      return open(request, trainer ? { displayId, onClosed: (fn) => trainer.once('closed', fn) } : undefined)
    },
    options,
  )
}
