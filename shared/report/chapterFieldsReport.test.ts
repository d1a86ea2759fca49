import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Problem } from '../model/problem'
import { emptyChapterFields } from '../model/training'
import { at } from './__fixtures__/fixtureRows'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { createReportFormat } from './reportFormat'
import type { ReportLang, TableBlock } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { reportText } from '../i18n/report'
import { translator } from '../i18n/translator'
import { renderPdf } from './renderPdf'
import type { TrainingSnapshot } from './trainingSnapshot'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const OUT = 'test-results/report-fields'
mkdirSync(OUT, { recursive: true })
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)

const FIELDS = {
  basis: ['Perjanjian Hibah No. 07/PH-YPMS/VI/2019 tanggal 3 Juni 2019', 'SK Ketua YPMS No. 12/SK/2019 tentang Panitia Pelatihan'],
  fundingSource: 'Hibah Program Penguatan OMS dan kontribusi peserta',
  budgetAmount: 64_500_000,
  budgetLines: [
    { id: 'b1', item: 'Akomodasi dan konsumsi peserta', budget: 36_000_000, realised: 34_250_000 },
    { id: 'b2', item: 'Honor narasumber dan fasilitator', budget: 18_000_000, realised: 18_000_000 },
    { id: 'b3', item: 'Modul dan alat tulis', budget: 6_500_000, realised: 7_125_000 },
    { id: 'b4', item: 'Dokumentasi', budget: 4_000_000, realised: null },
  ],
  outcomes: ['OMS peserta menyusun kebijakan kerelawanan tertulis'],
  benefits: ['Relawan mendapat peran yang jelas dan dihargai'],
  impacts: ['Kemandirian OMS meningkat lewat dukungan relawan'],
  equipment: ['Proyektor LCD dan layar', 'Kertas plano, spidol, metaplan'],
  evaluationPlan: 'Evaluasi harian dengan formulir setiap sore; pre-test dan post-test pada hari pertama dan terakhir.',
  dayDynamics: ['Peserta masih malu-malu di pagi hari, mencair setelah permainan perkenalan.', '', 'Diskusi hangat soal honor relawan.'],
}

/** The sample training with every chapter field filled in, one session's equipment and two problems. */
function filledSnapshot(): TrainingSnapshot {
  const base = sampleTraining()
  const sessions = base.sessions.map((s, i) => (i === 1 ? { ...s, equipment: 'Kartu peran dan stopwatch' } : s))
  const session = sessions[1]
  if (!session) throw new Error('sample has sessions')
  const problem = (id: string, patch: Partial<Problem>): Problem => ({
    id,
    trainingId: base.training.id,
    createdAt: at(1, '10:00'),
    updatedAt: at(1, '10:00'),
    deletedAt: null,
    day: 1,
    sessionId: null,
    at: at(1, '10:00'),
    problem: '',
    solution: '',
    ...patch,
  })
  const problems = [
    problem('pr-2', {
      day: 2,
      at: at(2, '13:20'),
      problem: 'Listrik padam selama 40 menit',
      solution: 'Sesi dilanjutkan di teras dengan kertas plano',
    }),
    problem('pr-1', {
      sessionId: session.id,
      at: at(1, '09:40'),
      problem: 'Proyektor tidak terbaca laptop',
      solution: 'Meminjam kabel HDMI hotel',
    }),
    problem('pr-deleted', { deletedAt: at(1, '11:00'), problem: 'Baris terhapus tidak boleh tercetak' }),
    problem('pr-blank', { problem: '  ', solution: '' }),
  ]
  return { ...base, training: { ...base.training, ...FIELDS }, sessions, problems }
}

describe.each(['id', 'en'] as const)('the chapter fields in the %s report', { timeout: 30_000 }, (lang: ReportLang) => {
  const t = reportText[lang]
  const fill = translator(lang, 'report')
  const f = createReportFormat(lang, 'WIB')
  let filled: string
  let empty: string

  beforeAll(async () => {
    const pdf = renderPdf(buildReport(filledSnapshot(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt }), fonts)
    writeFileSync(`${OUT}/filled-${lang}.pdf`, pdf.bytes)
    filled = squash((await readPdfText(pdf.bytes)).pages.join('\n'))
    const bare = renderPdf(buildReport(sampleTraining(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt }), fonts)
    empty = squash((await readPdfText(bare.bytes)).pages.join('\n'))
  }, 60_000)

  it('prints every new heading and every text that was filled in', () => {
    const texts = [
      t.basis,
      ...FIELDS.basis,
      t.fundingAndBudget,
      FIELDS.fundingSource,
      f.money(FIELDS.budgetAmount, 'IDR'),
      t.realisationCaption,
      ...FIELDS.budgetLines.map((l) => l.item),
      t.logframe,
      t.levelOutcomes,
      ...FIELDS.outcomes,
      ...FIELDS.benefits,
      ...FIELDS.impacts,
      t.equipment,
      ...FIELDS.equipment,
      'Kartu peran dan stopwatch',
      t.evaluationPlan,
      FIELDS.evaluationPlan,
      t.dynamics,
      FIELDS.dayDynamics[0] ?? '',
      FIELDS.dayDynamics[2] ?? '',
      t.problems,
      'Proyektor tidak terbaca laptop',
      'Meminjam kabel HDMI hotel',
      'Listrik padam selama 40 menit',
      'Sesi dilanjutkan di teras dengan kertas plano',
    ]
    for (const text of texts) expect(filled, text).toContain(squash(text))
    expect(filled).not.toContain(squash('Baris terhapus tidak boleh tercetak'))
  })

  it('adds up the realisation table: totals and the share spent, in rupiah as the language writes it', () => {
    const model = buildReport(filledSnapshot(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table' && (b.caption ?? '').includes(t.realisationCaption))
    expect(table?.foot).toEqual(['', t.total, f.money(64_500_000, 'IDR'), f.money(59_375_000, 'IDR'), f.percent(59_375_000 / 64_500_000)])
    expect(table?.rows[3]).toEqual(['4', 'Dokumentasi', f.money(4_000_000, 'IDR'), '', ''])
    expect(f.money(59_375_000, 'IDR')).toBe(lang === 'id' ? 'Rp 59.375.000' : 'IDR 59,375,000')
    expect(filled).toContain(squash(f.money(59_375_000, 'IDR')))
  })

  it('lists the problems by day with the time and the session they happened in', () => {
    const model = buildReport(filledSnapshot(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table' && (b.caption ?? '').includes(t.problemsCaption))
    expect(table?.rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', `${fill('dayN', { n: 1 })}, ${f.time(at(1, '09:40'))}`],
      ['2', `${fill('dayN', { n: 2 })}, ${f.time(at(2, '13:20'))}`],
    ])
    expect(table?.rows[0]?.[2]).toBe(filledSnapshot().sessions[1]?.title)
  })

  it('leaves every new section out of a training that has none of them, which still exports', () => {
    const model = buildReport(sampleTraining(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    const printed = model.blocks.flatMap((b) => (b.kind === 'heading' || (b.kind === 'paragraph' && b.style === 'label') ? [b.text] : []))
    for (const heading of [t.basis, t.fundingAndBudget, t.logframe, t.equipment, t.evaluationPlan, t.dynamics, t.problems])
      expect(printed, heading).not.toContain(heading)
    // "Basis" is also a word inside Indonesian text ("berbasis"), so the PDF is checked for the numbered headings.
    for (const heading of [t.fundingAndBudget, t.logframe, t.equipment, t.evaluationPlan, t.problems])
      expect(empty).not.toContain(squash(heading))
    expect(empty).toContain(squash(t.chapterImplementation.toUpperCase()))
  })
})

describe('a training stored before the chapter fields', () => {
  it('exports as before: the fields it lacks read as empty', () => {
    const base = sampleTraining()
    const stored: Record<string, unknown> = { ...base.training }
    for (const field of Object.keys(emptyChapterFields())) delete stored[field]
    const sessions = base.sessions.map((s) => {
      const row: Record<string, unknown> = { ...s }
      delete row.equipment
      return row
    })
    const snapshot = { ...base, training: stored, sessions } as unknown as TrainingSnapshot
    const model = buildReport(snapshot, { lang: 'id', sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    expect(model.blocks.length).toBeGreaterThan(50)
    expect(renderPdf(model, fonts).bytes.length).toBeGreaterThan(10_000)
  })
})
