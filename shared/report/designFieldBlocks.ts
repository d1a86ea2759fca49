import { budgetTotals } from '../model/budget'
import { blockFactory, hasText, nonBlank } from './blockFactory'
import { sessionsByDay } from './plannedSchedule'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/**
 * Funding source and budget in rupiah, then the realisation table when it has lines: per item
 * budget, realised and the share spent, with the totals in its foot.
 */
export function fundingBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f } = ctx
  const tr = ctx.data.training
  const b = blockFactory('design')
  const rupiah = (n: number | null) => (n === null ? '' : f.money(n, 'IDR'))
  const share = (budget: number | null, realised: number | null) => (budget && realised !== null ? f.percent(realised / budget) : '')
  const facts = b.facts([
    [t.fundingSource, tr.fundingSource.trim()],
    [t.budget, rupiah(tr.budgetAmount)],
  ])
  const lines = tr.budgetLines.filter((l) => hasText(l.item) || l.budget !== null || l.realised !== null)
  const out: ReportBlock[] = facts.rows.length > 0 ? [facts] : []
  if (lines.length === 0) return out
  const totals = budgetTotals(lines)
  out.push(
    b.table(
      t.realisationCaption,
      [t.colNo, t.colItem, t.colBudget, t.colRealised, t.colRealisedShare],
      lines.map((l, i) => [String(i + 1), l.item.trim(), rupiah(l.budget), rupiah(l.realised), share(l.budget, l.realised)]),
      {
        foot: ['', t.total, rupiah(totals.budget), rupiah(totals.realised), share(totals.budget, totals.realised)],
        widths: [7, 37, 20, 20, 16],
        align: ['left', 'left', 'right', 'right', 'right'],
      },
    ),
  )
  return out
}

/**
 * The logical-framework rows as a KAK/TOR has them: outputs, outcomes, benefits and impact, one
 * row per level that has statements. Left out when only the outputs are known: chapter I lists
 * them already.
 */
export function logframeBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const tr = ctx.data.training
  const levels: [string, string[]][] = [
    [t.levelOutputs, nonBlank(tr.expectedOutcomes)],
    [t.levelOutcomes, nonBlank(tr.outcomes)],
    [t.levelBenefits, nonBlank(tr.benefits)],
    [t.levelImpacts, nonBlank(tr.impacts)],
  ]
  if (levels.slice(1).every(([, items]) => items.length === 0)) return []
  const rows = levels
    .filter(([, items]) => items.length > 0)
    .map(([level, items]) => [level, items.length === 1 ? (items[0] ?? '') : items.map((s, i) => `${i + 1}. ${s}`).join('\n')])
  return [blockFactory('design').table(t.logframeCaption, [t.colLevel, t.colStatement], rows, { widths: [24, 76] })]
}

/** The equipment of the whole training as a list, then a table of what each session needs. */
export function equipmentBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fill } = ctx
  const b = blockFactory('design')
  const whole = nonBlank(ctx.data.training.equipment)
  const perSession = [...sessionsByDay(ctx.data.sessions)].flatMap(([day, sessions]) =>
    sessions.filter((s) => hasText(s.equipment)).map((s) => [fill('dayN', { n: day }), s.title, s.equipment.trim()]),
  )
  return [
    ...(whole.length > 0 ? [b.paragraph(t.equipmentWhole, 'label'), b.list(whole)] : []),
    ...(perSession.length > 0
      ? [b.table(t.equipmentCaption, [t.colDay, t.colSession, t.sessionEquipment], perSession, { widths: [14, 36, 50] })]
      : []),
  ]
}

/** How the training is evaluated, as the trainer wrote it. */
export function evaluationPlanBlocks(ctx: ReportContext): ReportBlock[] {
  const plan = ctx.data.training.evaluationPlan
  return hasText(plan) ? [blockFactory('design').paragraph(plan.trim())] : []
}
