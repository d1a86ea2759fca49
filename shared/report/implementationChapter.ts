import type { ReportChapter, ReportPart } from './assembleChapters'
import { attendanceBlocks } from './attendanceBlocks'
import { evaluationBlocks } from './evaluationBlocks'
import { sessionsByDay } from './plannedSchedule'
import { dayTitle } from './reportContext'
import type { ReportContext } from './reportContext'
import { sessionBlocks } from './sessionBlocks'

/**
 * Chapter III: one part per day with each session that has something to report (planned vs
 * actual time, facilitators, notes, brainstorm results, role plays, group outputs), then
 * attendance per day and the evaluation results.
 */
export function implementationChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const days: ReportPart[] = [...sessionsByDay(ctx.data.sessions)].map(([day, sessions]) => ({
    section: 'sessions',
    title: dayTitle(ctx, day),
    blocks: sessions.flatMap((s) => sessionBlocks(ctx, s)),
  }))
  return {
    section: 'sessions',
    title: t.chapterImplementation,
    style: 'numbered',
    parts: [
      ...days,
      { section: 'attendance', title: t.attendance, blocks: ctx.has('attendance') ? attendanceBlocks(ctx) : [] },
      { section: 'evaluation', title: t.evaluation, blocks: ctx.has('evaluation') ? evaluationBlocks(ctx) : [] },
    ],
  }
}
