import { actionPlanBlocks } from './actionPlanBlocks'
import { blockFactory } from './blockFactory'
import { createReportContext } from './reportContext'
import type { ReportLang, ReportModel } from './reportModel'
import { sheetModel, sheetTitle } from './sheetModel'
import type { TrainingSnapshot } from './trainingSnapshot'

/**
 * The printable follow-up action plans (RTL) of all organisations, in landscape: one table
 * sorted by organisation with activity, objective, responsible, timeline, resources, indicator
 * and status.
 */
export function buildActionPlanSheet(snapshot: TrainingSnapshot, options: { lang: ReportLang }): ReportModel {
  const ctx = createReportContext(snapshot, options.lang)
  const b = blockFactory('sheet')
  const table = actionPlanBlocks(ctx, 'sheet', null, false)
  const blocks = [...sheetTitle(ctx, ctx.t.actionPlanSheetTitle), ...(table.length > 0 ? table : [b.paragraph('–', 'muted', 'center')])]
  return sheetModel(ctx, ctx.t.actionPlanSheetTitle, 'landscape', blocks)
}
