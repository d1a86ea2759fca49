import type { ActionPlan } from '../model/actionPlan'
import { blockFactory } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { BlockSection, ReportBlock } from './reportModel'

/** "12 Agu 2019 – 30 Sep 2019 (Agustus–September)": the dates and the free-text timeline. */
function timelineOf(ctx: ReportContext, plan: ActionPlan): string {
  const dates = [plan.startDate, plan.dueDate].filter((d): d is string => d !== null).map((d) => ctx.f.date(d))
  const range = dates.join(' – ')
  const free = plan.timeline.trim()
  if (range && free) return `${free} (${range})`
  return range || free
}

/**
 * The follow-up action plans (RTL) as one table sorted by organisation: activity (with its
 * objective under it), responsible, timeline, resources, indicator and status. Column widths
 * follow the content; `dense` uses small type (portrait pages). Empty when there are none.
 */
export function actionPlanBlocks(ctx: ReportContext, section: BlockSection, caption: string | null, dense: boolean): ReportBlock[] {
  const { t, ui } = ctx
  const plans = ctx.data.actionPlans
  if (plans.length === 0) return []
  const b = blockFactory(section)
  const rows = plans.map((p, i) => [
    String(i + 1),
    p.organization,
    [p.activity.trim(), p.objective.trim() ? `${t.colObjective}: ${p.objective.trim()}` : ''].filter(Boolean).join('\n'),
    p.responsible,
    timelineOf(ctx, p),
    p.resources.trim(),
    p.indicator.trim(),
    ui.actionPlans.statuses[p.status] + (p.notes.trim() ? `. ${p.notes.trim()}` : ''),
  ])
  return [
    b.table(
      caption,
      [t.colNo, t.colOrganization, t.colActivity, t.colResponsible, t.colTimeline, t.colResources, t.colIndicator, t.colStatus],
      rows,
      { dense, align: ['right'] },
    ),
  ]
}
