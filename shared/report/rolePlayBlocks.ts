import type { RolePlay } from '../model/rolePlay'
import type { Session } from '../model/session'
import { blockFactory, hasText, nonBlank } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

function playerOf(ctx: ReportContext, role: RolePlay['roles'][number]): string {
  const participant = role.participantId === null ? undefined : ctx.participantById.get(role.participantId)
  return participant?.name ?? role.playerName
}

function onePlay(ctx: ReportContext, play: RolePlay): ReportBlock[] {
  const { t, f, fill, ui } = ctx
  const b = blockFactory('role-plays')
  const roleNames = new Map(play.roles.map((r) => [r.id, r.name]))
  const observations = ctx.data.observations
    .filter((o) => o.rolePlayId === play.id && hasText(o.text))
    .map((o) => {
      const role = o.roleId === null ? undefined : roleNames.get(o.roleId)
      return `${f.time(o.at)}${role ? ` · ${role}` : ''}: ${o.text.trim()}`
    })
  const roles = play.roles.filter((r) => hasText(r.name) || hasText(r.brief))
  const debrief = [
    ...b.labelledList(ui.capture.rolePlay.debriefQuestions.happened, play.debrief.happened),
    ...b.labelledList(ui.capture.rolePlay.debriefQuestions.felt, play.debrief.felt),
    ...b.labelledList(ui.capture.rolePlay.debriefQuestions.learned, play.debrief.learned),
    ...b.labelledList(ui.capture.rolePlay.debriefQuestions.apply, play.debrief.apply),
  ]
  const body: ReportBlock[] = [
    ...b.labelled(t.scenario, play.scenario),
    ...(roles.length > 0
      ? [
          b.paragraph(t.roles, 'label'),
          b.table(
            null,
            [t.colRole, t.colPlayer, t.colBrief],
            roles.map((r) => [r.name, playerOf(ctx, r), r.brief.trim()]),
            { widths: [22, 22, 56] },
          ),
        ]
      : []),
    ...b.labelled(t.observers, nonBlank(play.observers).join(', ')),
    ...b.labelledList(t.observations, observations),
    ...(debrief.length > 0 ? [b.paragraph(t.debrief, 'lead'), ...debrief] : []),
  ]
  if (body.length === 0 && !hasText(play.title)) return []
  // An untitled play (the app stores the title empty) reads as the app shows it: "Role play 2".
  const heading = hasText(play.title) ? fill('rolePlay', { title: play.title.trim() }) : fill('rolePlayUntitled', { n: play.order })
  return [b.heading(4, heading), ...body]
}

/**
 * The role plays of a session: scenario, who played which role, observers, the timestamped
 * observations and the four debrief questions (what happened, felt, learned, apply).
 */
export function rolePlayBlocks(ctx: ReportContext, session: Session): ReportBlock[] {
  return ctx.data.rolePlays.filter((r) => r.sessionId === session.id).flatMap((play) => onePlay(ctx, play))
}
