/**
 * A hybrid logical clock for the times rows are stamped with (updatedAt, and deletedAt of a
 * soft delete). A write is stamped `max(wall clock, highest time seen + 1)`, where "seen"
 * covers every time this device wrote and every time it received in a merge or an import. So
 * a laptop whose clock is a day behind still stamps an edit later than the version it edited,
 * and a wrong wall clock cannot make an old edit look newer than one it has seen.
 */
export type HybridClock = {
  /** The highest time seen so far (0 before any). */
  readonly highest: () => number
  /** Records a time seen (written here or received); the clock never goes back. */
  readonly observe: (time: number) => void
  /**
   * The time for a write made at `wall` on top of a version stamped `after` (omit for a new
   * row): later than everything seen and than `after`, never earlier than `wall`. It does not
   * observe the result itself, so the rows of one commit can share one time; observe what was
   * written.
   */
  readonly time: (wall: number, after?: number) => number
}

/** A clock that has seen nothing yet, or `highest` (a time known to have been written). */
export function createHybridClock(highest = 0): HybridClock {
  let seen = highest
  return {
    highest: () => seen,
    observe: (time) => {
      if (Number.isFinite(time) && time > seen) seen = time
    },
    time: (wall, after) => Math.max(wall, seen + 1, after === undefined ? 0 : after + 1),
  }
}
