import type { ReportChapter, ReportPart } from './assembleChapters'
import { attendanceBlocks } from './attendanceBlocks'
import { evaluationBlocks } from './evaluationBlocks'
import { sessionsByDay } from './plannedSchedule'
import { dayTitle } from './reportContext'
import type { ReportContext } from './reportContext'
import { phoneBlocks } from './phoneBlocks'
import { dynamicsBlocks, problemBlocks } from './problemBlocks'
import { sessionBlocks } from './sessionBlocks'

/**
 * Chapter III: one part per day with the participants' dynamics of that day and each session
 * that has something to report (planned vs actual time, facilitators, notes, brainstorm results,
 * role plays, group outputs), then the problems met and their solutions, attendance per day and
 * the evaluation results.
 */
export function implementationChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const byDay = sessionsByDay(ctx.data.sessions)
  const written = ctx.data.training.dayDynamics.flatMap((text, i) => (text.trim() === '' ? [] : [i + 1]))
  const dayNumbers = [...new Set([...byDay.keys(), ...written])].sort((a, b) => a - b)
  const on = ctx.has('sessions')
  const days: ReportPart[] = dayNumbers.map((day) => ({
    section: 'sessions',
    title: dayTitle(ctx, day),
    blocks: [...(on ? dynamicsBlocks(ctx, day) : []), ...(byDay.get(day) ?? []).flatMap((s) => sessionBlocks(ctx, s))],
  }))
  return {
    section: 'sessions',
    title: t.chapterImplementation,
    style: 'numbered',
    parts: [
      ...days,
      { section: 'sessions', title: t.problems, blocks: on ? problemBlocks(ctx) : [] },
      { section: 'sessions', title: t.fromPhones, blocks: on ? phoneBlocks(ctx) : [] },
      { section: 'attendance', title: t.attendance, blocks: ctx.has('attendance') ? attendanceBlocks(ctx) : [] },
      { section: 'evaluation', title: t.evaluation, blocks: ctx.has('evaluation') ? evaluationBlocks(ctx) : [] },
    ],
  }
}
