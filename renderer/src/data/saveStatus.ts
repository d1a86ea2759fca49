/** What the save indicator shows. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'saved-local-only'; at: number; message: string }
  | { kind: 'error'; message: string }

type Listener = () => void

/**
 * A tiny store of the save state, read with useSyncExternalStore. "Saved" is only set after a
 * write has committed; pending writes keep it at "saving".
 */
export class SaveStatus {
  private state: SaveState = { kind: 'idle' }
  private pending = 0
  private readonly listeners = new Set<Listener>()

  /** The current state. */
  get = (): SaveState => this.state

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** A write started. */
  begin(): void {
    this.pending += 1
    this.set({ kind: 'saving' })
  }

  /** A write finished (committed, committed without disk copy, or failed). */
  end(outcome: SaveState): void {
    this.pending = Math.max(0, this.pending - 1)
    if (outcome.kind === 'error') this.set(outcome)
    else if (this.pending === 0) this.set(outcome)
  }

  private set(state: SaveState): void {
    this.state = state
    for (const listener of this.listeners) listener()
  }
}
