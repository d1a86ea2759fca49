import { blockFactory } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { BlockSection, ReportBlock } from './reportModel'

/** Days 1..n of the training. */
export function trainingDays(ctx: ReportContext): number[] {
  return Array.from({ length: ctx.data.training.days }, (_, i) => i + 1)
}

/** Whether a participant was marked present on a day. */
export function presenceOf(ctx: ReportContext): (participantId: string, day: number) => boolean {
  const present = new Set(ctx.data.attendance.filter((a) => a.present).map((a) => `${a.participantId}:${a.day}`))
  return (participantId, day) => present.has(`${participantId}:${day}`)
}

/**
 * Part "Attendance": present, absent and the attendance rate of the counted participants per
 * day, as a table and a chart. Empty when no attendance was taken.
 */
export function attendanceBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill } = ctx
  if (ctx.data.attendance.length === 0 || ctx.counted.length === 0) return []
  const b = blockFactory('attendance')
  const isPresent = presenceOf(ctx)
  const n = ctx.counted.length
  const days = trainingDays(ctx)
  const present = days.map((d) => ctx.counted.filter((p) => isPresent(p.id, d)).length)
  const rows = days.map((d, i) => {
    const here = present[i] ?? 0
    return [
      fill('dayN', { n: d }),
      f.weekdayDate(f.dayOf(ctx.data.training.startDate, d)),
      String(here),
      String(n - here),
      f.percent(here / n),
    ]
  })
  return [
    b.table(t.attendanceCaption, [t.colDay, t.colDate, t.colPresent, t.colAbsent, t.colRate], rows, {
      widths: [14, 38, 14, 16, 18],
      align: ['left', 'left', 'right', 'right', 'right'],
    }),
    b.chart(
      t.attendanceChartCaption,
      days.map((d) => fill('dayN', { n: d })),
      [{ name: t.colPresent, values: present }],
      n,
    ),
  ]
}

/**
 * The attendance list (the appendix): every participant with a tick for each day present and a
 * signature column tall enough to sign in, as the signed list a donor asks for. The printable
 * sheet uses its own table.
 */
export function attendanceListBlocks(ctx: ReportContext, section: BlockSection): ReportBlock[] {
  const { t, fill, ui } = ctx
  if (ctx.data.participants.length === 0) return []
  const b = blockFactory(section)
  const isPresent = presenceOf(ctx)
  const days = trainingDays(ctx)
  const rows = ctx.data.participants.map((p, i) => [
    String(i + 1),
    // Marked as on the app's participant list, so a reader sees why they are not counted.
    p.observer ? `${p.name} (${t.observerMark})` : p.name,
    p.organization,
    ui.participants.genderShort[p.gender],
    ...days.map((d) => (isPresent(p.id, d) ? '✓' : '')),
    '',
  ])
  const dayWidth = Math.min(9, 36 / days.length)
  return [
    b.table(
      t.attendanceList,
      [t.colNo, t.colName, t.colOrganization, t.colGenderShort, ...days.map((d) => fill('dayN', { n: d })), t.colSignature],
      rows,
      {
        widths: [6, 28, 24, 7, ...days.map(() => dayWidth), 20],
        align: ['right', 'left', 'left', 'center', ...days.map(() => 'center' as const), 'left'],
        minRowHeight: 8,
      },
    ),
  ]
}
