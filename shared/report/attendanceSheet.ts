import { trainingDays } from './attendanceBlocks'
import { blockFactory } from './blockFactory'
import { createReportContext, dayTitle } from './reportContext'
import type { ReportLang, ReportModel } from './reportModel'
import { sheetModel, sheetTitle } from './sheetModel'
import type { TrainingSnapshot } from './trainingSnapshot'

/** Options of the printable attendance sheet. */
export interface AttendanceSheetOptions {
  lang: ReportLang
  /** Which days to print (1-based); all days of the training when omitted. */
  days?: readonly number[]
}

/**
 * The attendance sheet to sign (daftar hadir), one section per day starting on a new page: no.,
 * name, organisation, gender and an empty signature column with room to sign. Participants are
 * listed by name; observers are included (they sign too).
 */
export function buildAttendanceSheet(snapshot: TrainingSnapshot, options: AttendanceSheetOptions): ReportModel {
  const ctx = createReportContext(snapshot, options.lang)
  const { t, ui } = ctx
  const b = blockFactory('sheet')
  const days = options.days ?? trainingDays(ctx)
  const rows = ctx.data.participants.map((p, i) => [
    String(i + 1),
    p.name,
    p.organization,
    ui.participants.genderShort[p.gender],
    `${i + 1}.`,
  ])
  const blocks = days.flatMap((day) => [
    b.pageBreak(),
    ...sheetTitle(ctx, t.attendanceSheetTitle, dayTitle(ctx, day)),
    b.table(null, [t.colNo, t.colName, t.colOrganization, t.colGenderShort, t.colSignature], rows, {
      widths: [7, 32, 29, 8, 24],
      align: ['right', 'left', 'left', 'center', 'left'],
      minRowHeight: 10,
    }),
  ])
  return sheetModel(ctx, t.attendanceSheetTitle, 'portrait', blocks)
}
