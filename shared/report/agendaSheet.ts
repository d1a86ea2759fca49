import { blockFactory } from './blockFactory'
import { createReportContext } from './reportContext'
import type { ReportLang, ReportModel } from './reportModel'
import { scheduleBlocks } from './scheduleBlocks'
import { sheetModel, sheetTitle } from './sheetModel'
import type { TrainingSnapshot } from './trainingSnapshot'

/**
 * The printable agenda: for each day its date, then the sessions with planned times, methods,
 * facilitators and objectives, in landscape so the objectives have room.
 */
export function buildAgendaSheet(snapshot: TrainingSnapshot, options: { lang: ReportLang }): ReportModel {
  const ctx = createReportContext(snapshot, options.lang)
  const b = blockFactory('sheet')
  const days = scheduleBlocks(ctx, { section: 'sheet', withObjectives: true, dayHeadings: true })
  const blocks = [...sheetTitle(ctx, ctx.t.agendaTitle), ...(days.length > 0 ? days : [b.paragraph('–', 'muted', 'center')])]
  return sheetModel(ctx, ctx.t.agendaTitle, 'landscape', blocks)
}
