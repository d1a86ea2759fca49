import type { Session } from '../../../../shared/model/session'
import { listDaySessions } from '../repositories/runRepository'
import { useLiveRead } from './useLiveRead'

/** The sessions of one training day, live; undefined while loading. */
export function useDaySessions(trainingId: string, day: number): Session[] | undefined {
  return useLiveRead((db) => listDaySessions(db, trainingId, day), [trainingId, day])
}
