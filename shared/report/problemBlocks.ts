import { blockFactory, hasText } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/** How the participants were on one day, as the trainer wrote it; nothing when blank. */
export function dynamicsBlocks(ctx: ReportContext, day: number): ReportBlock[] {
  return blockFactory('sessions').labelled(ctx.t.dynamics, ctx.data.training.dayDynamics[day - 1] ?? '')
}

/**
 * The problems met and what was done (hambatan dan pemecahan), in the order of the days: when
 * (day and time), in which session, the problem and its solution. Rows with nothing written are
 * left out.
 */
export function problemBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill } = ctx
  const sessions = new Map(ctx.data.sessions.map((s) => [s.id, s.title]))
  const rows = (ctx.data.problems ?? [])
    .filter((p) => hasText(p.problem) || hasText(p.solution))
    .map((p, i) => [
      String(i + 1),
      `${fill('dayN', { n: p.day })}, ${f.time(p.at)}`,
      p.sessionId === null ? '' : (sessions.get(p.sessionId) ?? ''),
      p.problem.trim(),
      p.solution.trim(),
    ])
  if (rows.length === 0) return []
  return [
    blockFactory('sessions').table(t.problemsCaption, [t.colNo, t.colWhen, t.colSession, t.colProblem, t.colSolution], rows, {
      widths: [6, 14, 18, 31, 31],
    }),
  ]
}
