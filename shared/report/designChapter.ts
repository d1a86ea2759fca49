import { methodsUsed } from '../agenda/sessionMethods'
import type { ReportChapter } from './assembleChapters'
import { blockFactory, hasText } from './blockFactory'
import { participantBlocks } from './participantBlocks'
import { sessionsByDay } from './plannedSchedule'
import { equipmentBlocks, evaluationPlanBlocks, fundingBlocks, logframeBlocks } from './designFieldBlocks'
import { datesOf, placeOf } from './reportContext'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'
import { scheduleBlocks } from './scheduleBlocks'

function moduleBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const modules = ctx.data.training.modules.filter((m) => hasText(m.title) || hasText(m.description))
  if (modules.length === 0) return []
  const b = blockFactory('design')
  const rows = modules.map((m, i) => [
    String(i + 1),
    m.title,
    m.description.trim(),
    ctx.data.sessions
      .filter((s) => s.moduleId === m.id)
      .map((s) => s.title)
      .join('; '),
  ])
  return [b.table(t.modules, [t.colNo, t.colModule, t.colDescription, t.colSessions], rows, { widths: [7, 28, 40, 25] })]
}

function timeAndPlaceBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill, ui } = ctx
  const tr = ctx.data.training
  const b = blockFactory('design')
  return [
    b.facts([
      [t.dates, `${datesOf(ctx)} (${fill('daysCount', { n: tr.days })})`],
      [t.dailyHours, `${f.clock(tr.dailyStart)}–${f.clock(tr.dailyEnd)} ${f.zoneLabel}`],
      [t.venue, placeOf(ctx)],
      [t.organizer, tr.organizer],
      [t.trainingKind, ui.tor.kinds[tr.kind]],
    ]),
  ]
}

function methodBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const b = blockFactory('design')
  const used = methodsUsed([...sessionsByDay(ctx.data.sessions).values()].flat(), ctx.lang)
  return [
    ...(hasText(ctx.data.training.method) ? [b.paragraph(ctx.data.training.method.trim())] : []),
    ...b.labelledList(t.methodsUsed, used),
  ]
}

function teamBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, ui } = ctx
  if (ctx.data.teamMembers.length === 0) return []
  const b = blockFactory('team')
  const rows = ctx.data.teamMembers.map((m) => [m.name, ui.team.roles[m.role], m.organization, m.bio.trim()])
  return [b.table(t.team, [t.colName, t.colRole, t.colOrganization, t.colBio], rows, { widths: [22, 15, 20, 43] })]
}

/**
 * Chapter II: modules, time and place, methods, funding and budget, outputs to impact,
 * equipment, the evaluation plan, the team with short bios, who took part, and the planned
 * schedule.
 */
export function designChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const design = ctx.has('design')
  return {
    section: 'design',
    title: t.chapterDesign,
    style: 'numbered',
    parts: [
      { section: 'design', title: t.modules, blocks: design ? moduleBlocks(ctx) : [] },
      { section: 'design', title: t.timeAndPlace, blocks: design ? timeAndPlaceBlocks(ctx) : [] },
      { section: 'design', title: t.methods, blocks: design ? methodBlocks(ctx) : [] },
      { section: 'design', title: t.fundingAndBudget, blocks: design ? fundingBlocks(ctx) : [] },
      { section: 'design', title: t.logframe, blocks: design ? logframeBlocks(ctx) : [] },
      { section: 'design', title: t.equipment, blocks: design ? equipmentBlocks(ctx) : [] },
      { section: 'design', title: t.evaluationPlan, blocks: design ? evaluationPlanBlocks(ctx) : [] },
      { section: 'team', title: t.team, blocks: ctx.has('team') ? teamBlocks(ctx) : [] },
      {
        section: 'participants',
        title: t.participants,
        blocks: ctx.has('participants') ? participantBlocks(ctx) : [],
      },
      {
        section: 'schedule',
        title: t.schedule,
        blocks: ctx.has('schedule') ? scheduleBlocks(ctx, { section: 'schedule', withObjectives: false, dayHeadings: false }) : [],
      },
    ],
  }
}
