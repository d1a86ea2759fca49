import { actionPlanBlocks } from './actionPlanBlocks'
import type { ReportChapter } from './assembleChapters'
import { blockFactory, hasText } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/**
 * The action plans in the closing chapter: the table, or, when the table is attached as an
 * appendix, how many there are and that they are attached (printed once, not twice).
 */
function actionPlanPart(ctx: ReportContext): ReportBlock[] {
  const { t, fill } = ctx
  const plans = ctx.data.actionPlans
  if (!ctx.has('appendix-action-plans')) return actionPlanBlocks(ctx, 'action-plans', t.actionPlansCaption, true)
  if (plans.length === 0) return []
  const orgs = new Set(plans.map((p) => p.organization.trim().toLowerCase()).filter((o) => o.length > 0)).size
  return [blockFactory('action-plans').paragraph(fill('actionPlansAttached', { n: plans.length, orgs }))]
}

/** Chapter IV: conclusions, recommendations and the follow-up action plans (RTL). */
export function closingChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const tr = ctx.data.training
  const b = blockFactory('closing')
  const closing = ctx.has('closing')
  return {
    section: 'closing',
    title: t.chapterClosing,
    style: 'numbered',
    parts: [
      {
        section: 'closing',
        title: t.conclusions,
        blocks: closing && hasText(tr.conclusions) ? [b.paragraph(tr.conclusions.trim())] : [],
      },
      {
        section: 'closing',
        title: t.recommendations,
        blocks: closing && hasText(tr.recommendations) ? [b.paragraph(tr.recommendations.trim())] : [],
      },
      {
        section: 'action-plans',
        title: t.actionPlans,
        blocks: ctx.has('action-plans') ? actionPlanPart(ctx) : [],
      },
    ],
  }
}
