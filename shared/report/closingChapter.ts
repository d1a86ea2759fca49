import { actionPlanBlocks } from './actionPlanBlocks'
import type { ReportChapter } from './assembleChapters'
import { blockFactory, hasText } from './blockFactory'
import type { ReportContext } from './reportContext'

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
        blocks: ctx.has('action-plans') ? actionPlanBlocks(ctx, 'action-plans', t.actionPlansCaption, true) : [],
      },
    ],
  }
}
