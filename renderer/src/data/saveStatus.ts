import type { LocalOnlyReason } from './journalOutbox'

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'saved-local-only'; at: number; message: string; reason: LocalOnlyReason }
  | { kind: 'error'; message: string }

type Listener = () => void

/**
 * A tiny store of the save state, read with useSyncExternalStore. "Saved" is only shown when
 * every write has committed and no field holds typed text that is not committed yet: a field
 * marks itself dirty on the first keystroke (before its debounced save even starts) and clears
 * the mark once its text is committed.
 */
export class SaveStatus {
  private state: SaveState = { kind: 'idle' }
  /** What the last finished write said; shown once nothing is pending any more. */
  private settled: SaveState = { kind: 'idle' }
  private pending = 0
  private readonly dirty = new Set<object>()
  private readonly listeners = new Set<Listener>()

  /** The current state. */
  get = (): SaveState => this.state

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** True while a field holds uncommitted text or a write is in flight. */
  busy(): boolean {
    return this.pending > 0 || this.dirty.size > 0
  }

  /** A field (any object standing for it) now shows text that is not committed. */
  markDirty(field: object): void {
    this.dirty.add(field)
    this.set({ kind: 'saving' })
  }

  /** The field's text is committed (or back to the stored text, or its save failed). */
  clearDirty(field: object): void {
    if (!this.dirty.delete(field)) return
    this.settle()
  }

  /** A field's save failed before it reached the commit (the commit reports its own failures). */
  fail(message: string): void {
    this.settled = { kind: 'error', message }
    this.set(this.settled)
  }

  /** A write started. */
  begin(): void {
    this.pending += 1
    this.set({ kind: 'saving' })
  }

  /** A write finished (committed, committed without disk copy, or failed). */
  end(outcome: SaveState): void {
    this.pending = Math.max(0, this.pending - 1)
    this.settled = outcome
    // A failure shows at once, even while other writes or typed text are still pending.
    if (outcome.kind === 'error') this.set(outcome)
    else this.settle()
  }

  /**
   * Work outside any write changed what the last write means (a background retry put the
   * changes saved on this computer only on disk, or failed again): shown once nothing is pending.
   */
  report(outcome: SaveState): void {
    this.settled = outcome
    this.settle()
  }

  private settle(): void {
    if (!this.busy()) this.set(this.settled)
  }

  private set(state: SaveState): void {
    // A keystroke marks its field dirty every time; the indicator only needs to hear of a change.
    if (state === this.state || (state.kind === 'saving' && this.state.kind === 'saving')) return
    this.state = state
    for (const listener of this.listeners) listener()
  }
}
