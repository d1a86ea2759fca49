import type { Page } from 'playwright-core'

/** 8 characters a second, a quick typist. */
export const CHAR_MS = 125

/** Thrown when what came back after a kill is not what was done. */
export class KillLoopError extends Error {}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Types `text` a key at a time at CHAR_MS, as a person would. */
export async function typeSlowly(page: Page, text: string): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char)
    await pause(CHAR_MS)
  }
}

/** What the loop tells an action when it starts: the kill's number, its seeded randomness, and the stop flag the kill raises. */
export interface ActionRun {
  page: Page
  index: number
  random: () => number
  stop: { now: boolean }
}

/**
 * A kind of work the loop kills during that is more than typing into one field (adding photos,
 * writing a backup): it says when to kill, what the user had seen confirmed by then, and checks
 * after the restart that all of it came back.
 */
export interface ActionKind {
  name: string
  /**
   * Opens its page after a restart and checks what came back and what lies on disk. Answers the
   * losses (something the app had confirmed that is gone or broken); throws KillLoopError on
   * what cannot be (more came back than was done).
   */
  check(page: Page, at: string): Promise<string[]>
  /** Starts the work on the page; the loop kills `killAfterMs` after this returns. */
  start(run: ActionRun): Promise<{ killAfterMs: number; work: Promise<void> }>
  /** Just before the kill, while the page still answers: notes what it shows as done. */
  beforeKill(page: Page): Promise<void>
  /** After the kill, once the work has stopped: `savedAt` is when the indicator last said "Saved". */
  afterKill(savedAt: number | null): void
  /** How much work was done in all (the test expects some in every kind). */
  done(): number
  /** One line of figures for the summary. */
  figures(): string
  /** Work typed but not saved that was more than the kind allows (its message), per kill. */
  tooMuchUnsaved(): string[]
}
