import type { ShellNotice, ShellWindowRole } from '../../shared/ipc/contract'

/** The parts of a BrowserWindow's webContents the watcher uses (a fake in tests). */
export interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown
  on(
    event: 'did-fail-load',
    listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void,
  ): unknown
  reload(): void
  forcefullyCrashRenderer(): void
  isDestroyed(): boolean
}

/** The parts of a BrowserWindow the watcher uses. */
export interface WatchedWindow {
  readonly webContents: WatchedContents
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown
  isDestroyed(): boolean
}

/** What the watcher reports to, and how it keeps time (tests pass fakes). */
export interface WindowWatchOptions {
  /** Which window this is when something happens (the trainer's window can change). */
  role(): ShellWindowRole
  /** Told as the page is reloaded, so the trainer can be told what happened. */
  onRecovered(notice: ShellNotice): void
  log(message: string): void
  now?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /** How long a page may hang before it is restarted (a long export can block it a while). */
  hangGraceMs?: number
  /** Most reloads in `reloadWindowMs`; past that the page is left alone, so a crash loop does not spin. */
  maxReloads?: number
  reloadWindowMs?: number
}

/** Chromium's "the load was cancelled" (a navigation replaced it): not a failure. */
const ERR_ABORTED = -3

/**
 * Keeps a window's page alive: when its renderer dies (crash, out of memory, killed), hangs for
 * longer than the grace time, or the app page fails to load, the page is reloaded and
 * `onRecovered` says what happened, so the trainer gets a notice instead of a white window.
 * Everything typed survives: every change is journaled before it shows "Saved", and text still
 * being typed is kept as a draft when the page goes away.
 */
export function watchWindow(window: WatchedWindow, options: WindowWatchOptions): void {
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms))
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>))
  const hangGraceMs = options.hangGraceMs ?? 15_000
  const maxReloads = options.maxReloads ?? 3
  const reloadWindowMs = options.reloadWindowMs ?? 60_000
  const reloads: number[] = []
  let hangTimer: unknown = null
  // Set while a hung renderer is being killed, so its 'render-process-gone' reports the hang.
  let killedForHang = false

  const recover = (cause: ShellNotice['cause'], detail: string): void => {
    if (window.isDestroyed() || window.webContents.isDestroyed()) return
    const role = options.role()
    const at = now()
    while (reloads.length > 0 && (reloads[0] ?? 0) <= at - reloadWindowMs) reloads.shift()
    if (reloads.length >= maxReloads) {
      options.log(`[window] ${role} ${cause} (${detail}) again: ${reloads.length} reloads within ${reloadWindowMs / 1000} s, not reloading`)
      return
    }
    reloads.push(at)
    options.log(`[window] ${role} ${cause} (${detail}): reloading`)
    // Told first: a reloaded trainer's page asks for notices as it starts.
    options.onRecovered({ window: role, cause, at })
    window.webContents.reload()
  }

  window.webContents.on('render-process-gone', (_event, details) => {
    const hung = killedForHang
    killedForHang = false
    if (details.reason === 'clean-exit') return
    recover(hung ? 'unresponsive' : 'crashed', `${details.reason}, exit code ${details.exitCode}`)
  })

  window.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    // The URL is not logged: it is always our own page, and a hash route can name a training.
    if (!isMainFrame || errorCode === ERR_ABORTED) return
    recover('load-failed', `${errorCode} ${errorDescription}`)
  })

  window.on('unresponsive', () => {
    if (hangTimer !== null) return
    options.log(`[window] ${options.role()} not responding; restarting it in ${hangGraceMs / 1000} s unless it recovers`)
    hangTimer = setTimer(() => {
      hangTimer = null
      if (window.isDestroyed() || window.webContents.isDestroyed()) return
      // A hung renderer cannot run a reload itself: end it, and 'render-process-gone' reloads.
      killedForHang = true
      window.webContents.forcefullyCrashRenderer()
    }, hangGraceMs)
  })

  window.on('responsive', () => {
    if (hangTimer === null) return
    clearTimer(hangTimer)
    hangTimer = null
    options.log(`[window] ${options.role()} responding again`)
  })
}

/**
 * What happened to the windows, kept until the trainer's page takes it: a page that was just
 * reloaded asks when it starts, a page that stayed up is pinged.
 */
export function createNoticeBoard(options: { ping(): void; max?: number }) {
  const pending: ShellNotice[] = []
  const max = options.max ?? 10
  return {
    post(notice: ShellNotice): void {
      pending.push(notice)
      if (pending.length > max) pending.shift()
      options.ping()
    },
    take(): ShellNotice[] {
      return pending.splice(0, pending.length)
    },
  }
}

/** Notices waiting for the trainer's page. */
export type NoticeBoard = ReturnType<typeof createNoticeBoard>
