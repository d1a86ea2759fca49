import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prePostFigures } from '../capture/prePostFigures'
import { prePostGain } from '../capture/prePostGain'
import { evaluationText } from '../i18n/features/evaluation'
import { DEFAULT_EVALUATION_QUESTIONS } from '../model/newTraining'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import type { ReportLang, TableBlock } from './reportModel'
import { reportText } from '../i18n/report'
import { translator } from '../i18n/translator'
import { renderPdf } from './renderPdf'
import type { TrainingSnapshot } from './trainingSnapshot'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)

/** The sample training as a new training has it: the default questions, with no label of their own. */
function withDefaultQuestions(): TrainingSnapshot {
  const snapshot = sampleTraining()
  const ids = DEFAULT_EVALUATION_QUESTIONS.map((q) => q.id)
  const evaluations = snapshot.evaluations.map((e, i) =>
    e.kind !== 'daily'
      ? e
      : Object.keys(e.ratings).length > 0
        ? { ...e, ratings: Object.fromEntries(ids.map((id, q) => [id, 2 + ((i + q) % 4)])) }
        : { ...e, tallies: { venue: Object.values(e.tallies)[0] ?? [0, 0, 0, 0, 0] } },
  )
  return { ...snapshot, training: { ...snapshot.training, evaluationQuestions: DEFAULT_EVALUATION_QUESTIONS }, evaluations }
}

async function evaluationPdf(snapshot: TrainingSnapshot, lang: ReportLang, name: string) {
  const model = buildReport(snapshot, { lang, sections: ['evaluation'], generatedAt })
  const pdf = renderPdf(model, fonts)
  writeFileSync(`/tmp/pelatih-report-${name}-${lang}.pdf`, pdf.bytes)
  const text = await readPdfText(pdf.bytes)
  return { model, all: text.pages.join('\n') }
}

describe.each(['id', 'en'] as const)('the evaluation results in %s', { timeout: 30_000 }, (lang) => {
  const t = reportText[lang]
  const fill = translator(lang, 'report')

  it('names the default questions the way the app does, in the table and in the chart', async () => {
    const { model, all } = await evaluationPdf(withDefaultQuestions(), lang, 'default-questions')
    const labels = DEFAULT_EVALUATION_QUESTIONS.map((q) => evaluationText[lang].questions[q.id as keyof typeof evaluationText.en.questions])
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption?.includes(t.dailyAveragesCaption) === true)
    expect(table?.rows.map((r) => r[0])).toEqual(labels)
    // Once in the table and once under the chart.
    for (const label of labels) expect(squash(all).split(squash(label)).length - 1).toBeGreaterThanOrEqual(2)
  })

  it('prints the same pre/post averages as the app, when someone sat only one test', async () => {
    const snapshot = sampleTraining()
    const { all } = await evaluationPdf(snapshot, lang, 'pre-post')
    const counted = snapshot.participants.filter((p) => !p.observer && p.deletedAt === null)
    const app = prePostGain(snapshot.evaluations, counted)
    const n = prePostFigures(lang)
    expect(app.preCount).toBe(14)
    expect(app.postCount).toBe(13)
    expect(squash(all)).toContain(
      squash(`${t.average} ${n.average(app.averagePre)} ${n.average(app.averagePost)} ${n.averageGain(app.averageGain)}`),
    )
    // Worked by hand: 14 pre-tests sum to 742, 13 post-tests to 1033, the 13 gains to 352.
    expect(squash(all)).toContain(squash(lang === 'id' ? 'Rata-rata 53,0 79,5 +27,1' : 'Average 53.0 79.5 +27.1'))
    expect(squash(all)).toContain(squash(fill('prePostNote', { pre: 14, post: 13, paired: 13 })))
  })
})
