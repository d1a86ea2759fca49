import type { Session } from '../model/session'
import { blockFactory, hasText, nonBlank } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/**
 * The discussion groups of a session: task, members, reporter and what the group produced.
 * Groups with neither a task nor an output are left out.
 */
export function groupBlocks(ctx: ReportContext, session: Session): ReportBlock[] {
  const { t, fill } = ctx
  const b = blockFactory('groups')
  const nameOf = (id: string): string | undefined => ctx.participantById.get(id)?.name
  return ctx.data.groups
    .filter((g) => g.sessionId === session.id)
    .flatMap((g) => {
      const points = nonBlank(g.outputPoints)
      if (!hasText(g.question) && points.length === 0 && !hasText(g.outputText)) return []
      const members = g.memberIds.map(nameOf).filter((n): n is string => n !== undefined)
      const reporter = g.reporterId === null ? '' : (nameOf(g.reporterId) ?? '')
      const facts = b.facts([
        [t.groupQuestion, g.question.trim()],
        [t.groupMembers, members.join(', ')],
        [t.groupReporter, reporter],
      ])
      return [
        b.heading(4, fill('groupWork', { name: g.name.trim() })),
        ...(facts.rows.length > 0 ? [facts] : []),
        ...(points.length > 0 || hasText(g.outputText) ? [b.paragraph(t.groupOutput, 'label')] : []),
        ...(points.length > 0 ? [b.list(points)] : []),
        ...(hasText(g.outputText) ? [b.paragraph(g.outputText.trim())] : []),
      ]
    })
}
