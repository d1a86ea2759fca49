import { sessionMethodLabel } from '../agenda/sessionMethods'
import { blockFactory } from './blockFactory'
import { dayTitle, facilitatorNames, plannedRange } from './reportContext'
import type { ReportContext } from './reportContext'
import type { BlockSection, ReportBlock } from './reportModel'
import { sessionsByDay } from './plannedSchedule'

/** Options of the agenda tables. */
export interface ScheduleOptions {
  /** Which report section the blocks belong to. */
  section: BlockSection
  /** Add a column with each session's objectives (the printable agenda). */
  withObjectives: boolean
  /** Put a heading with the day and date above each day's table (else it is in the caption). */
  dayHeadings: boolean
}

/**
 * The agenda, one table per day: planned time, session, method and facilitators (and the
 * objectives on the printable agenda). Empty when there are no sessions.
 */
export function scheduleBlocks(ctx: ReportContext, options: ScheduleOptions): ReportBlock[] {
  const { t, fill } = ctx
  const b = blockFactory(options.section)
  const blocks: ReportBlock[] = []
  const head = [t.colTime, t.colSession, t.colMethod, t.colFacilitators]
  if (options.withObjectives) head.push(t.colObjectives)
  const widths = options.withObjectives ? [14, 28, 16, 18, 24] : [16, 42, 20, 22]
  for (const [day, sessions] of sessionsByDay(ctx.data.sessions)) {
    const rows = sessions.map((s) => {
      const row = [plannedRange(ctx, s), s.title, sessionMethodLabel(s, ctx.lang), facilitatorNames(ctx, s)]
      if (options.withObjectives) row.push(s.objectives.trim())
      return row
    })
    if (options.dayHeadings) {
      blocks.push(b.heading(3, dayTitle(ctx, day)))
      blocks.push(b.table(null, head, rows, { widths }))
    } else {
      const date = ctx.f.weekdayDate(ctx.f.dayOf(ctx.data.training.startDate, day))
      blocks.push(b.table(`${fill('scheduleDay', { n: day })} (${date})`, head, rows, { widths }))
    }
  }
  return blocks
}
