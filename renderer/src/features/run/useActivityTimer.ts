import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef } from 'react'
import {
  crossedZero,
  extendTimer,
  startTimer,
  toggleTimer,
  type TimerState,
} from '../../../../shared/run/activityTimer'
import { useData } from '../../data/hooks/useData'
import { useReadData } from '../../data/hooks/readData'
import { getChimeMuted, getLiveRunTimer, setChimeMuted, setRunTimer } from '../../data/repositories/runRepository'
import { playChime, primeChime } from '../../ui/chime'
import { useNow } from '../../ui/useNow'

/** The activity timer of a training, live across windows, with its actions (no ticking here). */
export interface ActivityTimer {
  state: TimerState | null
  muted: boolean
  start: (minutes: number, sessionId: string | null) => void
  toggle: () => void
  extend: (minutes: number) => void
  clear: () => void
  setMuted: (muted: boolean) => void
}

/**
 * Ticks while the timer runs and plays the chime when it crosses zero. Only the small component
 * showing the clock calls this (chimeMuted null: never chime, as in the projector), so the rest of the screen does not re-render four times a second.
 */
export function useTimerTick(state: TimerState | null, chimeMuted: boolean | null): number {
  const now = useNow(250, state !== null && state.runningSince !== null)
  const previous = useRef<number>(now)
  useEffect(() => {
    if (chimeMuted === false && state && crossedZero(state, previous.current, now)) playChime()
    previous.current = now
  }, [now, state, chimeMuted])
  return now
}

/**
 * The stored timer of a training, live; reading only, so the projector window can use it. A
 * timer whose session is done or skipped reads as none (getLiveRunTimer), on every screen at once.
 */
export function useTimerState(trainingId: string): TimerState | null {
  const { db } = useReadData()
  return useLiveQuery(() => getLiveRunTimer(db, trainingId), [db, trainingId]) ?? null
}

/** Reads the stored timer (live) and gives its actions: the trainer's window only. */
export function useActivityTimer(trainingId: string): ActivityTimer {
  const { data } = useData()
  const state = useTimerState(trainingId)
  const muted = useLiveQuery(() => getChimeMuted(data.db), [data.db]) ?? false

  const write = useCallback((next: TimerState | null) => void setRunTimer(data.db, trainingId, next), [data.db, trainingId])
  const start = useCallback(
    (minutes: number, sessionId: string | null) => {
      primeChime()
      write(startTimer(minutes, Date.now(), sessionId))
    },
    [write],
  )
  const toggle = useCallback(() => {
    if (state) write(toggleTimer(state, Date.now()))
  }, [state, write])
  const extend = useCallback(
    (minutes: number) => {
      if (state) write(extendTimer(state, minutes, Date.now()))
    },
    [state, write],
  )
  const clear = useCallback(() => write(null), [write])
  const setMuted = useCallback((value: boolean) => void setChimeMuted(data.db, value), [data.db])
  return { state, muted, start, toggle, extend, clear, setMuted }
}
