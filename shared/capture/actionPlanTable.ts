import { ACTION_PLAN_STATUSES, type ActionPlan, type ActionPlanStatus } from '../model/actionPlan'
import { compareNames } from '../lists/compareNames'

/** Columns the action plan table sorts by. */
export const ACTION_PLAN_SORT_KEYS = ['organization', 'activity', 'responsible', 'dueDate', 'status'] as const
export type ActionPlanSortKey = (typeof ACTION_PLAN_SORT_KEYS)[number]

/** How the table is sorted and filtered; null filters show everything. */
export interface ActionPlanView {
  sortBy: ActionPlanSortKey | null
  descending: boolean
  organization: string | null
  status: ActionPlanStatus | null
}

/** The organisations named in the plans, trimmed, deduplicated ignoring case (first spelling wins), sorted. */
export function actionPlanOrganizations(plans: readonly Pick<ActionPlan, 'organization'>[]): string[] {
  const seen = new Map<string, string>()
  for (const p of plans) {
    const name = p.organization.trim()
    if (name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name)
  }
  return [...seen.values()].sort(compareNames)
}

function compare(a: ActionPlan, b: ActionPlan, key: ActionPlanSortKey): number {
  if (key === 'status') return ACTION_PLAN_STATUSES.indexOf(a.status) - ACTION_PLAN_STATUSES.indexOf(b.status)
  if (key === 'dueDate') {
    // A plan without a date sorts as the latest one.
    const da = a.dueDate ?? a.startDate ?? '9999-99-99'
    const db = b.dueDate ?? b.startDate ?? '9999-99-99'
    return da.localeCompare(db)
  }
  const va = a[key].trim()
  const vb = b[key].trim()
  if (va === '' || vb === '') return (va === '' ? 1 : 0) - (vb === '' ? 1 : 0)
  return compareNames(va, vb)
}

/**
 * Filters the plans by organisation and status, then sorts them (stable: ties keep the order in
 * which they were entered). With no sort key they stay in entry order.
 */
export function viewActionPlans(plans: readonly ActionPlan[], view: ActionPlanView): ActionPlan[] {
  const org = view.organization?.trim().toLowerCase() ?? null
  const kept = plans.filter(
    (p) => (org === null || p.organization.trim().toLowerCase() === org) && (view.status === null || p.status === view.status),
  )
  const byEntry = [...kept].sort((a, b) => a.createdAt - b.createdAt)
  const key = view.sortBy
  if (key === null) return byEntry
  const sign = view.descending ? -1 : 1
  return byEntry.sort((a, b) => sign * compare(a, b, key))
}

/** How many plans have each status. */
export function countByStatus(plans: readonly Pick<ActionPlan, 'status'>[]): Record<ActionPlanStatus, number> {
  const counts = { planned: 0, 'in-progress': 0, done: 0, dropped: 0 }
  for (const p of plans) counts[p.status] += 1
  return counts
}
