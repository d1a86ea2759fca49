/**
 * Tracks work in flight (journal appends) so quitting can wait for it: an append that started
 * before the user quit is finished and fsynced before the process ends, so a change that was on
 * its way to disk is not lost.
 */
export function createInFlight() {
  const running = new Set<Promise<unknown>>()
  return {
    /** Runs `work`, counting it as in flight until it settles; its result is passed on as is. */
    track<T>(work: () => Promise<T>): Promise<T> {
      const promise = work()
      const settled = promise.then(
        () => undefined,
        () => undefined,
      )
      running.add(settled)
      void settled.then(() => running.delete(settled))
      return promise
    },
    get size(): number {
      return running.size
    },
    /**
     * Resolves when everything in flight now has settled, or after `timeoutMs` (a disk that
     * hangs must not keep the app from quitting). Answers whether everything settled.
     */
    async settle(timeoutMs: number): Promise<boolean> {
      if (running.size === 0) return true
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs)
      })
      try {
        return await Promise.race([Promise.all([...running]).then(() => true as const), timeout])
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

/** Work in flight that quitting waits for. */
export type InFlight = ReturnType<typeof createInFlight>

/** The parts of Electron's `app` the quit guard uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** How long quitting waits for journal appends in flight. */
export const QUIT_WAIT_MS = 3_000

/**
 * Holds the first quit until the journal appends in flight have settled (at most `waitMs`),
 * then quits for real. Later quits pass straight through.
 */
export function guardQuit(app: QuittingApp, inFlight: InFlight, options: { waitMs?: number; log?(message: string): void } = {}): void {
  let state: 'running' | 'waiting' | 'done' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'waiting') return
    state = 'waiting'
    const pending = inFlight.size
    void inFlight.settle(options.waitMs ?? QUIT_WAIT_MS).then((settled) => {
      if (pending > 0) options.log?.(`[quit] ${settled ? 'waited for' : 'gave up waiting for'} ${pending} journal appends in flight`)
      state = 'done'
      app.quit()
    })
  })
}
