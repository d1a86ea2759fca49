import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { readDocxText } from './__fixtures__/readDocxText'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { defaultForeword } from './defaultForeword'
import type { ReportLang } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import type { ReportSectionId } from './reportSections'
import { reportText } from '../i18n/report'
import { RESOURCES } from '../i18n/resources'
import { translator } from '../i18n/translator'
import { renderDocx } from './renderDocx'
import { renderPdf } from './renderPdf'
import type { TrainingSnapshot } from './trainingSnapshot'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)
/** Where the PDFs and their pages as PNG go, for people to look at. */
const OUT = resolve(import.meta.dirname, '..', '..', 'test-results', 'report-frontmatter')

const QUESTIONS = ['Sebutkan tiga alasan lembaga membutuhkan relawan.', 'Apa saja tahap siklus pengelolaan relawan?']

/** The sample with the approval page filled in and the pre/post test's questions. */
function withFrontMatter(foreword = ''): TrainingSnapshot {
  const snapshot = sampleTraining()
  return {
    ...snapshot,
    training: {
      ...snapshot.training,
      approval: {
        preparedByName: 'Cahyono Agus Rifa’i',
        preparedByPosition: 'Koordinator Pelatihan',
        acknowledgedByName: 'Sri Wahyuningsih, S.H.',
        acknowledgedByPosition: 'Direktur Eksekutif YPMS',
        place: 'Sleman',
        date: '2019-08-12',
      },
      foreword,
      testQuestions: QUESTIONS,
    },
  }
}

async function render(
  snapshot: TrainingSnapshot,
  lang: ReportLang,
  name: string,
  sections: readonly ReportSectionId[] = DEFAULT_REPORT_SECTIONS,
) {
  const pdf = renderPdf(buildReport(snapshot, { lang, sections, generatedAt }), fonts)
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `${name}.pdf`), pdf.bytes)
  return readPdfText(pdf.bytes)
}

/** Renders a saved PDF's pages to PNG (60 dpi) next to it; returns how many. */
async function renderPages(name: string): Promise<number> {
  for (const file of readdirSync(OUT)) if (file.startsWith(`${name}-`) && file.endsWith('.png')) rmSync(join(OUT, file))
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', join(OUT, `${name}.pdf`), join(OUT, name)])
  return readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length
}

/** The page whose body starts with a heading. */
const pageOf = (pages: string[], heading: string): string => pages.find((p) => squash(p).startsWith(squash(heading))) ?? ''
const lastLine = (page: string): string => page.trim().split('\n').at(-1)?.trim() ?? ''

describe.each(['id', 'en'] as const)('the front matter and appendices in %s', { timeout: 60_000 }, (lang) => {
  const t = reportText[lang]
  const fill = translator(lang, 'report')

  it('prints the approval page with who prepared and who acknowledged the report, numbered ii after the cover', async () => {
    const { pages } = await render(withFrontMatter(), lang, `full-${lang}`)
    expect(squash(pages[0] ?? '')).toContain(squash(fill('preparedByLine', { name: 'Cahyono Agus Rifa’i' })))
    const approval = pages[1] ?? ''
    for (const piece of [
      t.approvalTitle.toUpperCase(),
      t.approvalAcknowledgedBy,
      'Direktur Eksekutif YPMS',
      'Sri Wahyuningsih, S.H.',
      t.approvalPreparedBy,
      'Koordinator Pelatihan',
      'Cahyono Agus Rifa’i',
      lang === 'id' ? 'Sleman, 12 Agustus 2019' : 'Sleman, 12 August 2019',
      fill('approvalParticipantsCount', { n: 14 }),
    ]) {
      expect(squash(approval)).toContain(squash(piece))
    }
    expect(lastLine(approval)).toBe('ii')
    expect(lastLine(pageOf(pages, t.foreword.toUpperCase()))).toBe('iii')
    expect(await renderPages(`full-${lang}`)).toBe(pages.length)
  })

  it('puts the approval page, with positions under the signers, and the foreword in the Word copy too', async () => {
    const model = buildReport(withFrontMatter(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    const docx = readDocxText((await renderDocx(model)).bytes)
    const texts = docx.paragraphs.map((p) => p.text)
    const at = (text: string): number => texts.indexOf(text)
    for (const [label, position, name] of [
      [t.approvalAcknowledgedBy, 'Direktur Eksekutif YPMS', 'Sri Wahyuningsih, S.H.'],
      [t.approvalPreparedBy, 'Koordinator Pelatihan', 'Cahyono Agus Rifa’i'],
    ] as const) {
      expect(at(label), label).toBeGreaterThanOrEqual(0)
      expect(at(position), position).toBe(at(label) + 1)
      expect(at(name), name).toBe(at(position) + 1)
    }
    expect(texts.some((p) => p.toUpperCase() === t.foreword.toUpperCase())).toBe(true)
  })

  it('prints the default foreword from the training’s facts until the trainer writes one, and theirs after', async () => {
    const snapshot = withFrontMatter()
    const text = defaultForeword(snapshot.training, snapshot.participants, lang)
    expect(text).toContain(snapshot.training.title)
    expect(text).toContain(fill('forewordParticipants', { n: 14, orgs: 7 }))
    const shown = squash(pageOf((await render(snapshot, lang, `foreword-default-${lang}`, ['foreword'])).pages, t.foreword.toUpperCase()))
    expect(shown).toContain(squash(text))
    expect(shown).toContain(squash('Cahyono Agus Rifa’i'))

    const own = 'Laporan ini kami susun bersama para fasilitator.\n\nSemoga bermanfaat bagi lembaga peserta.'
    const edited = squash((await render(withFrontMatter(own), lang, `foreword-edited-${lang}`, ['foreword'])).pages.join('\n'))
    expect(edited).toContain(squash(own))
    expect(edited).not.toContain(squash(t.forewordThanks))
    // Only spaces typed: the default comes back.
    const blank = squash((await render(withFrontMatter('  \n '), lang, `foreword-blank-${lang}`, ['foreword'])).pages.join('\n'))
    expect(blank).toContain(squash(t.forewordThanks))
  })

  it('prints every appendix with its data, the action plans once', async () => {
    const { pages, bodies } = await render(withFrontMatter(), lang, `appendices-${lang}`, [
      'closing',
      'action-plans',
      'appendix-team',
      'appendix-attendance',
      'appendix-pre-post',
      'appendix-evaluation-form',
      'appendix-action-plans',
    ])
    const find = (n: number, title: string) => {
      const heading = squash(fill('appendixHeading', { n, title }))
      return squash(bodies.find((body) => squash(body).includes(heading)) ?? '')
    }
    const team = find(1, t.appendixTeam)
    for (const piece of [
      'Dra. Rini Handayani, M.Si.',
      RESOURCES[lang].app.team.roles['resource-person'],
      'Peneliti filantropi dan penggalangan dukungan publik.',
    ]) {
      expect(team).toContain(squash(piece))
    }
    expect(team).not.toContain(squash('Ayu Wédari')) // the documenter is not profiled
    expect(find(2, t.attendanceList)).toContain(squash(t.colSignature))
    const prePost = find(3, t.appendixPrePost)
    for (const piece of [
      t.testQuestions,
      ...QUESTIONS,
      t.prePostScoresCaption,
      'Ahmad Fauzi 54 87 +33',
      `${t.average} ${lang === 'id' ? '53,0 79,5 +27,1' : '53.0 79.5 +27.1'}`,
    ]) {
      expect(prePost).toContain(squash(piece))
    }
    const form = find(4, t.appendixEvaluationForm)
    for (const piece of [t.evaluationFormIntro, 'Materi mudah dipahami', t.wentWell, t.toImprove, '1 2 3 4 5'])
      expect(form).toContain(squash(piece))
    const plans = find(5, t.actionPlans)
    expect(plans).toContain(squash('Menyusun SOP rekrutmen relawan'))
    const all = squash(pages.join('\n'))
    expect(all).toContain(squash(fill('actionPlansAttached', { n: 8, orgs: 7 })))
    expect(all.split(squash('Menyusun SOP rekrutmen relawan'))).toHaveLength(2)
    expect(await renderPages(`appendices-${lang}`)).toBe(pages.length)
  })

  it('leaves out the approval page and every appendix that has no data', async () => {
    const snapshot = sampleTraining()
    const bare: TrainingSnapshot = {
      ...snapshot,
      teamMembers: snapshot.teamMembers.filter((m) => m.role === 'documenter'),
      participants: [],
      evaluations: [],
      actionPlans: [],
    }
    const all = squash((await render(bare, lang, `bare-${lang}`)).pages.join('\n'))
    for (const absent of [
      t.approvalTitle.toUpperCase(),
      t.approvalPreparedBy,
      t.appendixTeam,
      t.attendanceList,
      t.appendixPrePost,
      t.appendixEvaluationForm,
      t.actionPlans,
      t.colSignature,
    ]) {
      expect(all).not.toContain(squash(absent))
    }
    // Still a report: the foreword (its default) and the chapters.
    expect(all).toContain(squash(t.foreword.toUpperCase()))
    expect(all).toContain(squash(`${fill('chapterNumber', { n: 'I' })} ${t.chapterIntroduction.toUpperCase()}`))
  })
})
