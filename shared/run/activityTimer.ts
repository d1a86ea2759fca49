import type { Session } from '../model/session'

/**
 * The activity timer of run mode as plain data and pure functions. The state is stored (meta
 * table) and read back after a reload or a crash; everything on screen is derived from it and
 * the clock, so a timer never drifts with the page's own ticks.
 */

/** A countdown for the current step of a session. */
export interface TimerState {
  /** The session the timer was started for (null: not tied to one). */
  sessionId: string | null
  /** The total length of the countdown, including every extension. */
  durationMs: number
  /** Time already counted before the current run (the sum of the runs before each pause). */
  elapsedMs: number
  /** When the current run began (epoch ms), or null while paused. */
  runningSince: number | null
}

/** What the timer shows. */
export type TimerPhase = 'running' | 'warning' | 'paused' | 'overtime'

/** Quick-pick lengths offered by run mode, in minutes. */
export const TIMER_QUICK_PICKS = [5, 10, 15, 20] as const

/** The longest countdown accepted (a whole training day). */
export const MAX_TIMER_MINUTES = 12 * 60

/** Starts a countdown of `minutes` now. */
export function startTimer(minutes: number, nowMs: number, sessionId: string | null = null): TimerState {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`timer length must be positive: ${minutes}`)
  return { sessionId, durationMs: Math.round(minutes * 60_000), elapsedMs: 0, runningSince: nowMs }
}

/** Time counted so far; a clock set back never makes it run backwards. */
export function elapsedMs(state: TimerState, nowMs: number): number {
  return state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, nowMs - state.runningSince))
}

/** Time left; negative once the countdown has passed zero (overtime). */
export function remainingMs(state: TimerState, nowMs: number): number {
  return state.durationMs - elapsedMs(state, nowMs)
}

/** Pauses a running timer; a paused one is returned unchanged. */
export function pauseTimer(state: TimerState, nowMs: number): TimerState {
  if (state.runningSince === null) return state
  return { ...state, elapsedMs: elapsedMs(state, nowMs), runningSince: null }
}

/** Resumes a paused timer; a running one is returned unchanged. */
export function resumeTimer(state: TimerState, nowMs: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: nowMs } : state
}

/** Pauses a running timer or resumes a paused one. */
export function toggleTimer(state: TimerState, nowMs: number): TimerState {
  return state.runningSince === null ? resumeTimer(state, nowMs) : pauseTimer(state, nowMs)
}

/**
 * Adds minutes to the countdown. When it has already run out, the extension counts from now
 * (extending by 2 minutes in overtime gives 2 minutes left, not 2 minus the overtime).
 */
export function extendTimer(state: TimerState, minutes: number, nowMs: number): TimerState {
  const add = Math.round(minutes * 60_000)
  const left = remainingMs(state, nowMs)
  const base = left < 0 ? state.durationMs - left : state.durationMs
  return { ...state, durationMs: Math.max(0, base + add) }
}

/**
 * When the timer turns to its warning colour: the last fifth of the countdown, but never more
 * than two minutes before the end nor less than 30 seconds.
 */
export function warningThresholdMs(durationMs: number): number {
  return Math.min(120_000, Math.max(30_000, durationMs / 5))
}

/** The phase the timer is in now, which picks its colour. */
export function timerPhase(state: TimerState, nowMs: number): TimerPhase {
  const left = remainingMs(state, nowMs)
  if (left <= 0) return 'overtime'
  if (state.runningSince === null) return 'paused'
  return left <= warningThresholdMs(state.durationMs) ? 'warning' : 'running'
}

/**
 * Whether the countdown reached zero between two readings (the chime plays once, at zero, and
 * not again after a reload that finds the timer already in overtime).
 */
export function crossedZero(state: TimerState, previousMs: number, nowMs: number): boolean {
  return nowMs >= previousMs && remainingMs(state, previousMs) > 0 && remainingMs(state, nowMs) <= 0
}

/**
 * A countdown as a clock face: "09:59", "1:05:00" past an hour, "-00:42" in overtime. Seconds
 * are rounded up while counting down, so the face shows "00:01" until the very end.
 */
export function formatCountdown(ms: number): string {
  const negative = ms < 0
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const mm = String(minutes).padStart(2, '0')
  const ss = String(seconds).padStart(2, '0')
  const face = hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
  return negative && totalSeconds > 0 ? `-${face}` : face
}

/**
 * Reads a custom length typed by the trainer: "7", "7.5", "7,5" (Indonesian decimal comma),
 * "7:30" (minutes:seconds). Null when it is not a positive length up to MAX_TIMER_MINUTES.
 */
export function parseTimerMinutes(text: string): number | null {
  const value = text.trim()
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value)
  const minutes = clock
    ? Number(clock[1]) + Number(clock[2]) / 60
    : /^\d{1,3}([.,]\d+)?$/.test(value)
      ? Number(value.replace(',', '.'))
      : NaN
  return Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_TIMER_MINUTES ? minutes : null
}

/** Whether an unknown value (read back from storage) is a well-formed timer state. */
export function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0
  return (
    (v['sessionId'] === null || typeof v['sessionId'] === 'string') &&
    num(v['durationMs']) &&
    num(v['elapsedMs']) &&
    (v['runningSince'] === null || num(v['runningSince']))
  )
}

/** What the timer needs to know of a session to tell whether the session is still going. */
export type TimerSession = Pick<Session, 'status' | 'actualEnd' | 'deletedAt'>

/**
 * Whether a stored timer still belongs on screen. A timer started for a session stops with it:
 * once that session is done, skipped or deleted (or gone), its timer is off the cockpit and the
 * projector, so its overtime never runs on into the sessions after it. A timer tied to no
 * session stays until it is cleared or replaced.
 */
export function isTimerLive(state: TimerState, session: TimerSession | null): boolean {
  if (state.sessionId === null) return true
  if (!session || session.deletedAt !== null) return false
  return session.status !== 'done' && session.status !== 'skipped' && session.actualEnd === null
}

/**
 * The timer after one step of run mode changed the status of some sessions (a finish, a skip,
 * or a start, which also finishes the session running before): null when the timer belonged to
 * a session that is now done or skipped, or, when a session starts, to any other session (the
 * trainer moved on). A timer tied to no session, or to the session that just started, stays.
 */
export function timerAfterRun(state: TimerState | null, changed: readonly Pick<Session, 'id' | 'status'>[]): TimerState | null {
  if (state === null || state.sessionId === null) return state
  for (const session of changed) {
    const own = session.id === state.sessionId
    if (own && (session.status === 'done' || session.status === 'skipped')) return null
    if (!own && session.status === 'running') return null
  }
  return state
}
