import { useLiveQuery } from 'dexie-react-hooks'
import type { Session } from '../../../../shared/model/session'
import { listDaySessions } from '../repositories/runRepository'
import { useReadData } from './readData'

/** The sessions of one training day, live; undefined while loading. */
export function useDaySessions(trainingId: string, day: number): Session[] | undefined {
  const { db } = useReadData()
  return useLiveQuery(() => listDaySessions(db, trainingId, day), [db, trainingId, day])
}
