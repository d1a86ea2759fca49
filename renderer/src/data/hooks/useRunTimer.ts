import { useMemo } from 'react'
import type { TimerState } from '../../../../shared/run/activityTimer'
import { getChimeMuted, getLiveRunTimer, getRunTimer, restoreRunTimer, setChimeMuted, setRunTimer } from '../repositories/runRepository'
import { useData } from './useData'
import { useLiveRead } from './useLiveRead'

/**
 * The stored timer of a training, live; reading only, so the projector window can use it. A
 * timer whose session is done or skipped reads as none (getLiveRunTimer), on every screen at once.
 */
export function useTimerState(trainingId: string): TimerState | null {
  return useLiveRead((db) => getLiveRunTimer(db, trainingId), [trainingId]) ?? null
}

/** Whether the trainer muted the chime, live (false while loading). */
export function useChimeMuted(): boolean {
  return useLiveRead((db) => getChimeMuted(db), []) ?? false
}

/**
 * The timer and chime settings of this computer (the meta table, not journaled): what run mode
 * stores, reads back for an undo, and puts back.
 */
export interface RunTimerStore {
  read(trainingId: string): Promise<TimerState | null>
  write(trainingId: string, state: TimerState | null): Promise<void>
  restore(trainingId: string, timer: TimerState | null): Promise<void>
  setMuted(muted: boolean): Promise<void>
}

/** The run timer's store: the trainer's window only (the projector window writes nothing). */
export function useRunTimerStore(): RunTimerStore {
  const { db } = useData().data
  return useMemo(
    () => ({
      read: (trainingId) => getRunTimer(db, trainingId),
      write: (trainingId, state) => setRunTimer(db, trainingId, state),
      restore: (trainingId, timer) => restoreRunTimer(db, trainingId, timer),
      setMuted: (muted) => setChimeMuted(db, muted),
    }),
    [db],
  )
}
