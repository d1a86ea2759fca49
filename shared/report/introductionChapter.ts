import type { ReportChapter } from './assembleChapters'
import { blockFactory, hasText, nonBlank } from './blockFactory'
import type { ReportContext } from './reportContext'

/**
 * Chapter I: background, objectives, target group, expected outputs and the basis (dasar:
 * contracts, decrees, grants), straight from the TOR.
 * A part whose field is empty is left out.
 */
export function introductionChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const tr = ctx.data.training
  const b = blockFactory('introduction')
  const on = ctx.has('introduction')
  const objectives = nonBlank(tr.objectives)
  const outputs = nonBlank(tr.expectedOutcomes)
  const basis = nonBlank(tr.basis)
  return {
    section: 'introduction',
    title: t.chapterIntroduction,
    style: 'numbered',
    parts: on
      ? [
          {
            section: 'introduction',
            title: t.background,
            blocks: hasText(tr.background) ? [b.paragraph(tr.background.trim())] : [],
          },
          {
            section: 'introduction',
            title: t.objectives,
            blocks: objectives.length > 0 ? [b.list(objectives, true)] : [],
          },
          {
            section: 'introduction',
            title: t.targetGroup,
            blocks: hasText(tr.targetParticipants) ? [b.paragraph(tr.targetParticipants.trim())] : [],
          },
          {
            section: 'introduction',
            title: t.expectedOutputs,
            blocks: outputs.length > 0 ? [b.list(outputs, true)] : [],
          },
          {
            section: 'introduction',
            title: t.basis,
            blocks: basis.length > 0 ? [b.list(basis, true)] : [],
          },
        ]
      : [],
  }
}
