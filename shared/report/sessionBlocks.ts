import type { Session } from '../model/session'
import { sessionMethodLabel } from '../agenda/sessionMethods'
import { blockFactory, hasText } from './blockFactory'
import { brainstormBlocks } from './brainstormBlocks'
import { groupBlocks } from './groupBlocks'
import { facilitatorNames, plannedRange } from './reportContext'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'
import { rolePlayBlocks } from './rolePlayBlocks'

/** "09.10–10.55 (105 menit; lebih 15 menit)", or why there is no actual time. */
export function actualTimeText(ctx: ReportContext, session: Session): string {
  const { t, f, fill } = ctx
  if (session.status === 'skipped') return t.skipped
  if (session.actualStart === null) return t.notRecorded
  if (session.actualEnd === null) return `${f.time(session.actualStart)}–`
  const minutes = Math.round((session.actualEnd - session.actualStart) / 60_000)
  const diff = minutes - session.durationMin
  const drift = diff > 0 ? fill('overrun', { n: diff }) : diff < 0 ? fill('underrun', { n: -diff }) : t.onTime
  return `${f.time(session.actualStart)}–${f.time(session.actualEnd)} (${fill('minutes', { n: minutes })}; ${drift})`
}

/** What happened in a session, by the sections chosen: facts and notes, then captured work. */
function factsAndNotes(ctx: ReportContext, session: Session): ReportBlock[] {
  const { t, f, fill } = ctx
  const b = blockFactory('sessions')
  const notes = ctx.data.observations
    .filter((o) => o.sessionId === session.id && o.rolePlayId === null && hasText(o.text))
    .map((o) => `${f.time(o.at)}: ${o.text.trim()}`)
  return [
    b.facts([
      [t.plannedTime, `${plannedRange(ctx, session)} (${fill('minutes', { n: session.durationMin })})`],
      [t.actualTime, actualTimeText(ctx, session)],
      [t.colMethod, sessionMethodLabel(session, ctx.lang)],
      [t.colFacilitators, facilitatorNames(ctx, session)],
      [t.sessionObjectives, session.objectives.trim()],
      [t.materials, session.materials.trim()],
      [t.sessionEquipment, session.equipment.trim()],
    ]),
    ...b.labelled(t.processNotes, session.processNotes),
    ...b.labelledList(t.observations, notes),
  ]
}

/**
 * The body of one session without its heading: facts (planned vs actual time, method,
 * facilitators), process notes and observations when `sessions` is chosen, then the brainstorm
 * results, role plays and group outputs when their sections are chosen.
 */
export function sessionContent(ctx: ReportContext, session: Session): ReportBlock[] {
  return [
    ...(ctx.has('sessions') ? factsAndNotes(ctx, session) : []),
    ...(ctx.has('brainstorms') ? brainstormBlocks(ctx, session) : []),
    ...(ctx.has('role-plays') ? rolePlayBlocks(ctx, session) : []),
    ...(ctx.has('groups') ? groupBlocks(ctx, session) : []),
  ]
}

/** Breaks and meals only appear in the implementation chapter when someone wrote about them. */
export function isPause(session: Session): boolean {
  return (session.method === 'break' || session.method === 'meal') && !hasText(session.processNotes)
}

/**
 * A session as printed in chapter III: a level-3 heading "Title (09.00–10.30)" and its content,
 * or nothing when no chosen section has anything to say about it.
 */
export function sessionBlocks(ctx: ReportContext, session: Session): ReportBlock[] {
  if (isPause(session)) return []
  const content = sessionContent(ctx, session)
  if (content.length === 0) return []
  const b = blockFactory(content[0]?.section ?? 'sessions')
  const range = plannedRange(ctx, session)
  return [b.heading(3, range ? `${session.title} (${range})` : session.title), ...content]
}
