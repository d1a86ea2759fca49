import type { Evaluation } from '../../../../shared/model/evaluation'
import { useLiveRead } from './useLiveRead'
import { listEvaluations } from '../repositories/evaluationRepository'

/** Every evaluation row of a training, live; undefined while loading. */
export function useEvaluations(trainingId: string): Evaluation[] | undefined {
  return useLiveRead((db) => listEvaluations(db, trainingId), [trainingId])
}
