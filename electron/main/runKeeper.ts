/** The part of a window's webContents the keeper changes. */
export interface ThrottledContents {
  setBackgroundThrottling(allowed: boolean): void
  isDestroyed(): boolean
}

/** The parts of Electron's powerSaveBlocker the keeper uses. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number
  stop(id: number): void
  isStarted(id: number): boolean
}

/**
 * Keeps time while a session runs: Chromium slows the timers of a window that is hidden or
 * behind another (the trainer's window behind the slides, a projector on a display nobody
 * clicks), and the operating system may blank the display. While a session runs, every app
 * window runs its timers at full speed and the display stays awake; once no session runs,
 * both are given back.
 */
export function createRunKeeper(deps: {
  powerSaveBlocker: PowerSaveBlockerLike
  windows(): readonly ThrottledContents[]
  log?(message: string): void
}) {
  let running = false
  let blocker: number | null = null

  const apply = (contents: ThrottledContents): void => {
    if (!contents.isDestroyed()) contents.setBackgroundThrottling(!running)
  }

  return {
    get running(): boolean {
      return running
    },
    setRunning(next: boolean): void {
      if (next === running) return
      running = next
      for (const contents of deps.windows()) apply(contents)
      if (running && blocker === null) {
        blocker = deps.powerSaveBlocker.start('prevent-display-sleep')
      } else if (!running && blocker !== null) {
        if (deps.powerSaveBlocker.isStarted(blocker)) deps.powerSaveBlocker.stop(blocker)
        blocker = null
      }
      deps.log?.(
        `[run] session ${running ? 'running: timers unthrottled, display kept awake' : 'stopped: throttling and display sleep restored'}`,
      )
    },
    /** Brings a window opened meanwhile (the projector) in line with the current state. */
    apply,
  }
}

/** Keeps timers and the display awake while a session runs. */
export type RunKeeper = ReturnType<typeof createRunKeeper>
