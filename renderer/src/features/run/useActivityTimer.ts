import { useCallback } from 'react'
import { extendTimer, startTimer, toggleTimer, type TimerState } from '../../../../shared/run/activityTimer'
import { useChimeMuted, useRunTimerStore, useTimerState } from '../../data/hooks/useRunTimer'
import { primeChime } from '../../ui/chime'

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

/** Reads the stored timer (live) and gives its actions: the trainer's window only. */
export function useActivityTimer(trainingId: string): ActivityTimer {
  const store = useRunTimerStore()
  const state = useTimerState(trainingId)
  const muted = useChimeMuted()

  const write = useCallback((next: TimerState | null) => void store.write(trainingId, next), [store, trainingId])
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
  const setMuted = useCallback((value: boolean) => void store.setMuted(value), [store])
  return { state, muted, start, toggle, extend, clear, setMuted }
}
