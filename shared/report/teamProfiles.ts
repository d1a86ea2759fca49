import type { TeamRole } from '../model/teamMember'
import { blockFactory, hasText } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/** The roles whose profiles a donor asks for: those who teach. Documenters and the organising committee are not profiled. */
const PROFILED: readonly TeamRole[] = ['trainer', 'co-trainer', 'resource-person']

/**
 * The profiles of the resource persons and facilitators, in the team's order: name, role,
 * organisation and short bio. Empty when the team has none of them.
 */
export function teamProfileBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, ui } = ctx
  const b = blockFactory('appendix-team')
  return ctx.data.teamMembers
    .filter((m) => PROFILED.includes(m.role) && hasText(m.name))
    .flatMap((m) => [
      b.heading(3, m.name.trim()),
      b.facts([
        [t.colRole, ui.team.roles[m.role]],
        [t.colOrganization, m.organization.trim()],
      ]),
      ...(hasText(m.bio) ? [b.paragraph(m.bio.trim())] : []),
    ])
}
