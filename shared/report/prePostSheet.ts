import { prePostGain } from '../capture/prePostGain'
import { blockFactory, nonBlank } from './blockFactory'
import { prePostScoreTable } from './evaluationBlocks'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/**
 * The pre-test and post-test sheet: the test's questions, then every participant's scores and
 * the change, with the averages. Each half is left out without its data; empty with neither.
 */
export function prePostSheetBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const b = blockFactory('appendix-pre-post')
  const questions = nonBlank(ctx.data.training.testQuestions)
  const scored = prePostGain(ctx.data.evaluations, ctx.counted).pairs.length > 0
  return [
    ...b.labelledList(t.testQuestions, questions, true),
    ...(scored ? [prePostScoreTable(ctx, 'appendix-pre-post', t.prePostScoresCaption)] : []),
  ]
}
