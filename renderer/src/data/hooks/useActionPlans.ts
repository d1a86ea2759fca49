import type { ActionPlan } from '../../../../shared/model/actionPlan'
import { byEntry } from '../repositories/actionPlanRepository'
import { useFollowedRows } from './useFollowedRows'

const LIVE = { keep: (row: ActionPlan) => row.deletedAt === null, order: byEntry }

/**
 * The action plans of a training, live, in the order they were entered; undefined while
 * loading. A saved keystroke reads back its own plan, not the training's thousands (see followRows).
 */
export function useActionPlans(trainingId: string): ActionPlan[] | undefined {
  return useFollowedRows((db) => db.actionPlans, 'trainingId', trainingId, LIVE)
}
