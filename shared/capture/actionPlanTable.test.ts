import { describe, expect, it } from 'vitest'
import type { ActionPlan } from '../model/actionPlan'
import { actionPlanOrganizations, countByStatus, viewActionPlans } from './actionPlanTable'

let n = 0
function plan(patch: Partial<ActionPlan>): ActionPlan {
  n += 1
  return {
    id: `a${n}`,
    trainingId: 't',
    createdAt: n,
    updatedAt: n,
    deletedAt: null,
    organization: '',
    participantId: null,
    activity: '',
    objective: '',
    startDate: null,
    dueDate: null,
    timeline: '',
    responsible: '',
    resources: '',
    indicator: '',
    status: 'planned',
    notes: '',
    ...patch,
  }
}

const plans = [
  plan({ organization: 'LBH Surabaya', activity: 'Pelatihan paralegal', dueDate: '2027-03-01', status: 'in-progress' }),
  plan({ organization: 'Serikat Perempuan', activity: 'Audiensi DPRD', dueDate: '2027-01-15', status: 'planned' }),
  plan({ organization: 'lbh surabaya ', activity: 'Advokasi upah', status: 'done' }),
  plan({ organization: 'Koperasi', activity: 'Rapat anggota', dueDate: '2027-02-01', status: 'dropped' }),
]

describe('action plan table', () => {
  it('keeps entry order without a sort key', () => {
    expect(
      viewActionPlans([...plans].reverse(), { sortBy: null, descending: false, organization: null, status: null }).map((p) => p.id),
    ).toEqual(plans.map((p) => p.id))
  })

  it('filters by organisation (ignoring case and spaces) and by status', () => {
    const lbh = viewActionPlans(plans, { sortBy: null, descending: false, organization: 'LBH Surabaya', status: null })
    expect(lbh.map((p) => p.activity)).toEqual(['Pelatihan paralegal', 'Advokasi upah'])
    const done = viewActionPlans(plans, { sortBy: null, descending: false, organization: 'LBH Surabaya', status: 'done' })
    expect(done.map((p) => p.activity)).toEqual(['Advokasi upah'])
  })

  it('sorts by due date with undated plans last, by status in workflow order, and by text both ways', () => {
    const due = viewActionPlans(plans, { sortBy: 'dueDate', descending: false, organization: null, status: null })
    expect(due.map((p) => p.activity)).toEqual(['Audiensi DPRD', 'Rapat anggota', 'Pelatihan paralegal', 'Advokasi upah'])
    const status = viewActionPlans(plans, { sortBy: 'status', descending: false, organization: null, status: null })
    expect(status.map((p) => p.status)).toEqual(['planned', 'in-progress', 'done', 'dropped'])
    const activity = viewActionPlans(plans, { sortBy: 'activity', descending: true, organization: null, status: null })
    expect(activity.map((p) => p.activity)).toEqual(['Rapat anggota', 'Pelatihan paralegal', 'Audiensi DPRD', 'Advokasi upah'])
  })

  it('lists organisations and counts statuses', () => {
    expect(actionPlanOrganizations(plans)).toEqual(['Koperasi', 'LBH Surabaya', 'Serikat Perempuan'])
    expect(countByStatus(plans)).toEqual({ planned: 1, 'in-progress': 1, done: 1, dropped: 1 })
  })
})
