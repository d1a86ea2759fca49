import { questionLabel } from '../capture/questionLabel'
import { evaluationText } from '../i18n/features/evaluation'
import { RATING_MAX } from '../model/evaluation'
import { blockFactory } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/**
 * The daily evaluation form as handed out, blank: day and name lines, the training's questions
 * with a box for each rating 1 to 5, and room to write what went well and what to improve.
 * Empty when the training asks no questions or no daily evaluation was recorded (no form was used).
 */
export function evaluationFormBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const questions = ctx.data.training.evaluationQuestions
  if (questions.length === 0 || !ctx.data.evaluations.some((e) => e.kind === 'daily')) return []
  const b = blockFactory('appendix-evaluation-form')
  // The app's own labels, so a default question reads the same on the form as on screen.
  const names = evaluationText[ctx.lang].questions
  const ratings = Array.from({ length: RATING_MAX }, (_, i) => String(i + 1))
  const rows = questions.map((q, i) => [String(i + 1), questionLabel(q, (id) => names[id]), ...ratings.map(() => '')])
  return [
    b.paragraph(ctx.data.training.title, 'lead'),
    b.paragraph(t.evaluationFormDay),
    b.paragraph(t.evaluationFormName),
    b.paragraph(t.evaluationFormIntro, 'muted'),
    b.table(null, [t.colNo, t.colQuestion, ...ratings], rows, {
      widths: [7, 58, ...ratings.map(() => 7)],
      align: ['right', 'left', ...ratings.map(() => 'center' as const)],
      minRowHeight: 9,
    }),
    b.table(null, [t.wentWell], [['']], { minRowHeight: 32 }),
    b.table(null, [t.toImprove], [['']], { minRowHeight: 32 }),
  ]
}
