import { useEffect, useRef } from 'react'
import { crossedZero, type TimerState } from '../../../shared/run/activityTimer'
import { playChime } from './chime'
import { useNow } from './useNow'

/** How often a running clock face re-reads the time: four times a second keeps the seconds exact. */
const TICK_MS = 250

/**
 * Ticks while the timer runs and plays the chime when it crosses zero. Only the small component
 * showing the clock calls this (chimeMuted null: never chime, as in the projector), so the rest of the screen does not re-render four times a second.
 */
export function useTimerTick(state: TimerState | null, chimeMuted: boolean | null): number {
  const now = useNow(TICK_MS, state !== null && state.runningSince !== null)
  const previous = useRef<number>(now)
  useEffect(() => {
    if (chimeMuted === false && state && crossedZero(state, previous.current, now)) playChime()
    previous.current = now
  }, [now, state, chimeMuted])
  return now
}
