import { prePostFigures } from '../capture/prePostFigures'
import { prePostGain } from '../capture/prePostGain'
import { questionLabel } from '../capture/questionLabel'
import { evaluationText } from '../i18n/features/evaluation'
import { blockFactory } from './blockFactory'
import { scoreBands, summarizeDaily } from './evaluationSummary'
import type { ReportContext } from './reportContext'
import type { BlockSection, ReportBlock, TableBlock } from './reportModel'

const BANDS = ['0–20', '21–40', '41–60', '61–80', '81–100']

function dailyBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill } = ctx
  const b = blockFactory('evaluation')
  // The app's own labels, so a default question reads the same on screen and on paper.
  const names = evaluationText[ctx.lang].questions
  const daily = summarizeDaily(ctx.data.evaluations, ctx.data.training.evaluationQuestions, (q) => questionLabel(q, (id) => names[id]))
  if (daily.questions.length === 0 && daily.wentWell.length === 0 && daily.toImprove.length === 0) return []
  const dayNames = daily.days.map((d) => fill('dayN', { n: d }))
  const show = (v: number | null): string => (v === null ? '–' : f.fixed(v, 2))
  const blocks: ReportBlock[] = [b.heading(3, t.dailyEvaluation)]
  if (daily.questions.length > 0) {
    const rows = daily.questions.map((q) => [q.label, ...q.perDay.map(show), show(q.overall)])
    blocks.push(
      b.paragraph(
        fill('formsPerDay', {
          list: daily.days.map((d, i) => `${fill('dayN', { n: d })}: ${daily.formsPerDay[i] ?? 0}`).join(', '),
        }),
      ),
      b.table(t.dailyAveragesCaption, [t.colQuestion, ...dayNames, t.colAverage], rows, {
        widths: [40, ...daily.days.map(() => 45 / daily.days.length), 15],
        align: ['left', ...daily.days.map(() => 'right' as const), 'right'],
      }),
      b.chart(
        t.dailyChartCaption,
        daily.questions.map((q) => q.label),
        daily.days.map((d, i) => ({
          name: fill('dayN', { n: d }),
          values: daily.questions.map((q) => q.perDay[i] ?? null),
        })),
        5,
        1,
      ),
    )
  }
  blocks.push(...b.labelledList(t.wentWell, daily.wentWell), ...b.labelledList(t.toImprove, daily.toImprove))
  return blocks
}

/**
 * Every participant's pre-test and post-test score and the change, with the averages in the
 * foot: the same figures, written the same way, as the app's pre/post table.
 */
export function prePostScoreTable(ctx: ReportContext, section: BlockSection, caption: string): TableBlock {
  const { t } = ctx
  const summary = prePostGain(ctx.data.evaluations, ctx.counted)
  const n = prePostFigures(ctx.lang)
  const nameOf = (id: string): string => ctx.participantById.get(id)?.name ?? ''
  const rows = summary.pairs.map((r, i) => [String(i + 1), nameOf(r.participantId), n.score(r.pre), n.score(r.post), n.gain(r.gain)])
  return blockFactory(section).table(caption, [t.colNo, t.colParticipant, t.colPre, t.colPost, t.colGain], rows, {
    foot: ['', t.average, n.average(summary.averagePre), n.average(summary.averagePost), n.averageGain(summary.averageGain)],
    widths: [8, 50, 14, 14, 14],
    align: ['right', 'left', 'right', 'right', 'right'],
  })
}

function prePostBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fill } = ctx
  const b = blockFactory('evaluation')
  // The app's PrePostTable computes and writes these figures with the same two functions.
  const summary = prePostGain(ctx.data.evaluations, ctx.counted)
  if (summary.pairs.length === 0) return []
  const n = prePostFigures(ctx.lang)
  const blocks: ReportBlock[] = [b.heading(3, t.prePost)]
  if (summary.paired > 0) {
    blocks.push(
      b.paragraph(
        fill('prePostSummary', {
          pre: n.average(summary.averagePre),
          post: n.average(summary.averagePost),
          gain: n.averageGain(summary.averageGain),
          improved: summary.improved,
          n: summary.paired,
          share: n.share(summary.improvedShare),
        }),
      ),
    )
  }
  blocks.push(
    prePostScoreTable(ctx, 'evaluation', t.prePostCaption),
    b.paragraph(fill('prePostNote', { pre: summary.preCount, post: summary.postCount, paired: summary.paired }), 'muted'),
    b.chart(t.scoreBandsCaption, BANDS, [
      { name: t.colPre, values: scoreBands(summary.pairs.flatMap((r) => (r.pre === null ? [] : [r.pre]))) },
      { name: t.colPost, values: scoreBands(summary.pairs.flatMap((r) => (r.post === null ? [] : [r.post]))) },
    ]),
  )
  return blocks
}

/**
 * Part "Evaluation results": daily averages per question and day (table and chart) with the
 * participants' comments, then the pre/post test table with gains, the share who improved and a
 * chart of score bands. Empty when nothing was evaluated.
 */
export function evaluationBlocks(ctx: ReportContext): ReportBlock[] {
  return [...dailyBlocks(ctx), ...prePostBlocks(ctx)]
}
