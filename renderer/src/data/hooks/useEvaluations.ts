import { useLiveQuery } from 'dexie-react-hooks'
import type { Evaluation } from '../../../../shared/model/evaluation'
import { useData } from './useData'
import { listEvaluations } from '../repositories/evaluationRepository'

/** Every evaluation row of a training, live; undefined while loading. */
export function useEvaluations(trainingId: string): Evaluation[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listEvaluations(data.db, trainingId), [data.db, trainingId])
}
