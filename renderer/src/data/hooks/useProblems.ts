import { useLiveQuery } from 'dexie-react-hooks'
import type { Problem } from '../../../../shared/model/problem'
import { listProblems } from '../repositories/problemRepository'
import { useData } from './useData'

/** The problems and solutions of a training, live; undefined while loading. */
export function useProblems(trainingId: string): Problem[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listProblems(data.db, trainingId), [data.db, trainingId])
}
