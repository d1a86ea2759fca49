import { useLiveQuery } from 'dexie-react-hooks'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import { useData } from './useData'
import { listActionPlans } from '../repositories/actionPlanRepository'

/** The action plans of a training, live; undefined while loading. */
export function useActionPlans(trainingId: string): ActionPlan[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listActionPlans(data.db, trainingId), [data.db, trainingId])
}
