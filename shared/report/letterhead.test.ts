import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import type { Organization } from '../model/organization'
import { readDocxText } from './__fixtures__/readDocxText'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { FLIPCHART_PNG } from './__fixtures__/samplePhotos'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildActionPlanSheet } from './actionPlanSheet'
import { buildAgendaSheet } from './agendaSheet'
import { buildAttendanceSheet } from './attendanceSheet'
import { buildCertificates } from './certificates'
import { buildReport } from './buildReport'
import type { ReportLang, ReportModel } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { reportText } from '../i18n/report'
import { translator } from '../i18n/translator'
import { renderDocx } from './renderDocx'
import { renderPdf } from './renderPdf'
import { buildSessionSummary } from './sessionSummary'
import type { TrainingSnapshot } from './trainingSnapshot'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)
const PAGES_DIR = resolve(import.meta.dirname, '..', '..', 'test-results', 'letterhead')
mkdirSync(PAGES_DIR, { recursive: true })

/** The sample training's organiser, with a full profile and a logo. */
function withProfile(): TrainingSnapshot {
  const snapshot = sampleTraining()
  const organization: Organization = {
    id: 'org-ypms',
    createdAt: generatedAt,
    updatedAt: generatedAt,
    deletedAt: null,
    name: snapshot.training.organizer,
    address: 'Jl. Kaliurang Km 7,5 No. 12, Sleman, Daerah Istimewa Yogyakarta 55581',
    phone: '(0274) 885 123',
    email: 'sekretariat@ypms.or.id',
    website: 'www.ypms.or.id',
    logo: { dataUrl: FLIPCHART_PNG, mime: 'image/png', width: 240, height: 160, bytes: 800 },
  }
  return { ...snapshot, organization }
}

/** The letterhead lines as they print, in one language. */
function letterheadLines(lang: ReportLang): string[] {
  const fill = translator(lang, 'report')
  const org = withProfile().organization
  if (!org) throw new Error('fixture changed')
  return [
    org.name,
    org.address,
    [
      fill('letterheadPhone', { phone: org.phone }),
      fill('letterheadEmail', { email: org.email }),
      fill('letterheadWebsite', { website: org.website }),
    ].join(' · '),
  ]
}

async function imagesOn(bytes: Uint8Array): Promise<number[]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const counts: number[] = []
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const ops = await (await pdf.getPage(n)).getOperatorList()
    counts.push(ops.fnArray.filter((op) => op === OPS.paintImageXObject).length)
  }
  await pdf.destroy()
  return counts
}

/** Keeps the PDF and its first page as a PNG in test-results/letterhead, to look at. */
async function keep(name: string, bytes: Uint8Array): Promise<void> {
  const pdf = resolve(PAGES_DIR, `${name}.pdf`)
  writeFileSync(pdf, bytes)
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, resolve(PAGES_DIR, name)])
}

function expectInOrder(page: string, texts: readonly string[]): void {
  const flat = squash(page)
  let from = 0
  for (const text of texts) {
    const at = flat.indexOf(squash(text), from)
    expect(at, text).toBeGreaterThanOrEqual(from)
    from = at + squash(text).length
  }
}

describe.each(['id', 'en'] as const)('the letterhead in %s', { timeout: 60_000 }, (lang) => {
  const t = reportText[lang]

  it('heads the cover: logo, name, address and contacts above the report title', async () => {
    const pdf = renderPdf(buildReport(withProfile(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt }), fonts)
    await keep(`cover-${lang}`, pdf.bytes)
    const { pages } = await readPdfText(pdf.bytes)
    expectInOrder(pages[0] ?? '', [...letterheadLines(lang), t.reportTitle.toUpperCase(), 'Mobilisasi Sumber Daya OMS'])
    // The logo is the only picture on the cover; the letterhead is not repeated on the chapters.
    expect((await imagesOn(pdf.bytes))[0]).toBe(1)
    expect(pages.slice(1).some((p) => p.includes('sekretariat@ypms.or.id'))).toBe(false)
  })

  it('heads the Word copy too: the letterhead, then the title on the same first page', async () => {
    const model = buildReport(withProfile(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
    const docx = readDocxText((await renderDocx(model)).bytes)
    const texts = docx.paragraphs.map((p) => p.text)
    const positions = [...letterheadLines(lang), model.blocks.find((b) => b.kind === 'cover')?.title ?? 'no cover'].map((line) =>
      texts.indexOf(line),
    )
    expect(positions.every((at) => at >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // Nothing between the first letterhead line and the title starts a new page.
    const firstPage = docx.xml.slice(docx.xml.indexOf(letterheadLines(lang)[0] ?? ''), docx.xml.indexOf('w:val="Title"'))
    expect(firstPage).not.toContain('w:pageBreakBefore')
    expect(docx.xml).toContain('<pic:pic')
  })

  it('heads every printable sheet above its title', async () => {
    const snapshot = withProfile()
    const session = snapshot.sessions.find((s) => s.deletedAt === null)
    if (!session) throw new Error('fixture changed')
    const sheets: [string, ReportModel, string][] = [
      ['agenda', buildAgendaSheet(snapshot, { lang }), t.agendaTitle],
      ['attendance', buildAttendanceSheet(snapshot, { lang }), t.attendanceSheetTitle],
      ['action-plans', buildActionPlanSheet(snapshot, { lang }), t.actionPlanSheetTitle],
      ['session', buildSessionSummary(snapshot, session.id, { lang }), t.sessionSummaryTitle],
    ]
    for (const [name, model, title] of sheets) {
      const pdf = renderPdf(model, fonts)
      if (name === 'agenda') await keep(`sheet-agenda-${lang}`, pdf.bytes)
      const { pages } = await readPdfText(pdf.bytes)
      expectInOrder(pages[0] ?? '', [...letterheadLines(lang), title.toUpperCase()])
      expect((await imagesOn(pdf.bytes))[0], name).toBeGreaterThanOrEqual(1)
    }
  })

  it('puts the logo and the letterhead on every certificate, each still one page with its signatures', async () => {
    const snapshot = withProfile()
    const pdf = renderPdf(buildCertificates(snapshot, { lang }), fonts)
    await keep(`certificate-${lang}`, pdf.bytes)
    const { pages } = await readPdfText(pdf.bytes)
    expect(pages.length).toBe(snapshot.participants.filter((p) => !p.observer && p.deletedAt === null).length)
    for (const page of pages) {
      expectInOrder(page, [letterheadLines(lang)[0] ?? '', t.certificateTitle.toUpperCase(), t.signOrganizer, t.signLeadTrainer])
    }
    expect(await imagesOn(pdf.bytes)).toEqual(pages.map(() => 1))
  })
})

describe('a training without a profile', { timeout: 60_000 }, () => {
  it('prints as it did: the same blocks, no letterhead, no picture on the cover', async () => {
    const plain = sampleTraining()
    const options = { lang: 'id' as const, sections: DEFAULT_REPORT_SECTIONS, generatedAt }
    const model = buildReport(plain, options)
    expect(model.blocks.some((b) => b.kind === 'letterhead')).toBe(false)
    expect(buildReport({ ...plain, organization: null }, options)).toEqual(model)
    expect(buildCertificates({ ...plain, organization: null }, { lang: 'id' })).toEqual(buildCertificates(plain, { lang: 'id' }))
    expect(buildAgendaSheet({ ...plain, organization: null }, { lang: 'id' })).toEqual(buildAgendaSheet(plain, { lang: 'id' }))
    const pdf = renderPdf(model, fonts)
    expect((await imagesOn(pdf.bytes))[0]).toBe(0)
  })

  it('leaves out a deleted profile and the contact lines a profile does not have', () => {
    const full = withProfile()
    const deleted = { ...full, organization: full.organization ? { ...full.organization, deletedAt: generatedAt } : null }
    expect(buildAgendaSheet(deleted, { lang: 'en' }).blocks.some((b) => b.kind === 'letterhead')).toBe(false)
    const bare = {
      ...full,
      organization: full.organization ? { ...full.organization, address: '', phone: ' ', website: '', logo: null } : null,
    }
    const head = buildAgendaSheet(bare, { lang: 'en' }).blocks.find((b) => b.kind === 'letterhead')
    expect(head).toEqual({
      kind: 'letterhead',
      section: 'sheet',
      name: full.training.organizer,
      lines: ['Email sekretariat@ypms.or.id'],
      logo: null,
    })
  })
})
