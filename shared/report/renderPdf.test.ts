import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { capturedTexts } from './__fixtures__/capturedTexts'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import type { PdfText } from './__fixtures__/readPdfText'
import { GROUP_JPEG } from './__fixtures__/samplePhotos'
import { HTML_NOTE, makeLargeSnapshot, sampleTraining, trainingOnly } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import type { ReportLang } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { reportText } from '../i18n/report'
import { translator } from '../i18n/translator'
import { renderPdf } from './renderPdf'
import type { RenderedPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const OUT = '/tmp/pelatih-report'
mkdirSync(OUT, { recursive: true })
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)

/** Renders the full sample report, keeps a copy in /tmp to look at, and reads it back. */
async function renderSample(lang: ReportLang): Promise<{ pdf: RenderedPdf; text: PdfText }> {
  const pdf = renderPdf(buildReport(sampleTraining(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt }), fonts)
  writeFileSync(`${OUT}/sample-${lang}.pdf`, pdf.bytes)
  return { pdf, text: await readPdfText(pdf.bytes) }
}

describe.each(['id', 'en'] as const)('the full sample report in %s', { timeout: 30_000 }, (lang) => {
  const t = reportText[lang]
  const fill = translator(lang, 'report')
  let pdf: RenderedPdf
  let text: PdfText
  let all: string
  beforeAll(async () => {
    ;({ pdf, text } = await renderSample(lang))
    all = squash(text.pages.join('\n'))
  }, 60_000)

  it('prints every chapter and section heading', () => {
    const headings = [
      t.reportTitle.toUpperCase(),
      t.contents.toUpperCase(),
      t.listOfTables.toUpperCase(),
      t.listOfFigures.toUpperCase(),
      t.chapterIntroduction.toUpperCase(),
      t.background,
      t.objectives,
      t.targetGroup,
      t.expectedOutputs,
      t.chapterDesign.toUpperCase(),
      t.modules,
      t.timeAndPlace,
      t.methods,
      t.team,
      t.participants,
      t.schedule,
      t.chapterImplementation.toUpperCase(),
      t.attendance,
      t.evaluation,
      t.dailyEvaluation,
      t.prePost,
      t.chapterClosing.toUpperCase(),
      t.conclusions,
      t.recommendations,
      t.actionPlans,
      t.appendices.toUpperCase(),
      t.torTitle,
      t.attendanceList,
      t.agenda,
      t.photos,
    ]
    for (const heading of headings) expect(all).toContain(squash(heading))
    if (lang === 'id') {
      for (const word of [
        'LAPORAN PELATIHAN',
        'DAFTAR ISI',
        'KATA PENGANTAR',
        'BAB I PENDAHULUAN',
        '1.1 Latar Belakang',
        'BAB II DESAIN PELATIHAN',
        'BAB III PELAKSANAAN',
        'BAB IV PENUTUP',
        'Rencana Tindak Lanjut',
        'Lampiran 3: Daftar Hadir',
      ]) {
        expect(all).toContain(squash(word))
      }
    }
  })

  it('prints every captured item, with characters the font lacks shown as ?', () => {
    for (const item of capturedTexts(sampleTraining())) expect(all).toContain(squash(item.replace('🙏', '?')))
    expect(pdf.unsupported).toEqual(['🙏'])
  })

  it('never prints deleted rows', () => {
    expect(all).not.toContain('Zzz')
  })

  it('prints HTML-like text literally', () => {
    expect(all).toContain(squash(HTML_NOTE))
    expect(all).toContain(squash('<b>Penting</b>: relawan = staf?'))
  })

  it('prints money, dates and times the way the language writes them', () => {
    expect(all).toContain(squash(lang === 'id' ? 'Rp 3.500.000' : 'IDR 3,500,000'))
    expect(all).toContain(squash(lang === 'id' ? 'Selasa, 6 Agustus 2019' : 'Tuesday, 6 August 2019'))
    expect(all).toContain(squash(lang === 'id' ? '09.05–09.40' : '09:05–09:40'))
  })

  it('numbers the front matter i, ii, iii and the body from 1, with the title and "page X of Y" on body pages', () => {
    const total = pdf.pageCount
    expect(text.pages).toHaveLength(total)
    // The body starts with chapter I; the cover, foreword and contents come before it.
    const bodyPage =
      text.pages.findIndex((page) =>
        squash(page).startsWith(squash(`${fill('chapterNumber', { n: 'I' })} ${t.chapterIntroduction.toUpperCase()}`)),
      ) + 1
    expect(bodyPage).toBeGreaterThanOrEqual(4)
    const bodyPages = total - bodyPage + 1
    expect(text.pages[0]).not.toContain(t.pageLabel.split(' ')[0] ?? '')
    text.pages.slice(1, bodyPage - 1).forEach((page, i) => {
      expect(page.trim().split('\n').at(-1)?.trim()).toBe(['ii', 'iii', 'iv', 'v'][i])
      expect(page).not.toContain(t.pageLabel.split(' ')[0] ?? '')
    })
    text.pages.slice(bodyPage - 1).forEach((page, i) => {
      expect(page).toContain(fill('pageLabel', { page: i + 1, total: bodyPages }))
      expect(squash(page)).toContain(squash('Mobilisasi Sumber Daya OMS'))
    })
  })

  it('lists contents, tables and figures with the pages they are really on', () => {
    const bodyPages = Number(/(\d+)\s*$/.exec(text.pages.at(-1)?.trim() ?? '')?.[1])
    const bodyPage = pdf.pageCount - bodyPages + 1
    const roman = ['i', 'ii', 'iii', 'iv', 'v']
    const entries = text.pages
      .slice(1, bodyPage - 1)
      .flatMap((page) => [...page.matchAll(/^(.+?)\s*\.{4,}\s*(\d+|[ivx]+)\s*$/gm)])
      .map((m) => {
        const number = m[2] ?? ''
        return { label: (m[1] ?? '').trim(), page: /^\d+$/.test(number) ? bodyPage + Number(number) - 1 : roman.indexOf(number) + 1 }
      })
    expect(entries.length).toBeGreaterThan(40)
    expect(entries[0]?.label).toBe(t.foreword.toUpperCase())
    expect(entries[0]?.page).toBe(2)
    for (const entry of entries) expect(squash(text.bodies[entry.page - 1] ?? '')).toContain(squash(entry.label))
    expect(text.outline).toContain(lang === 'id' ? 'BAB I PENDAHULUAN' : 'CHAPTER I INTRODUCTION')
  })
})

describe('renderPdf', { timeout: 30_000 }, () => {
  it('prints a 100,000-character note without losing a character', async () => {
    const snapshot = sampleTraining()
    const words = ['relawan', '“komitmen”', 'Sékarini', 'Rp 3.500.000', '<script>alert(1)</script>', 'a–b', 'x'.repeat(140)]
    let note = ''
    for (let i = 0; note.length < 100_000; i += 1) note += `${words[i % words.length]}${i % 37 === 0 ? '\n\n' : ' '}`
    const sessions = snapshot.sessions.map((s, i) => (i === 0 ? { ...s, processNotes: note } : s))
    const model = buildReport({ ...snapshot, sessions }, { lang: 'id', sections: ['sessions'], generatedAt })
    const pdf = renderPdf(model, fonts)
    const text = await readPdfText(pdf.bytes)
    expect(pdf.pageCount).toBeGreaterThan(15)
    expect(squash(text.bodies.join(''))).toContain(squash(note))
  })

  it('repeats the table header on every page a table spans', async () => {
    const model = buildReport(makeLargeSnapshot(1), { lang: 'id', sections: ['action-plans'], generatedAt })
    const pdf = renderPdf(model, fonts)
    const text = await readPdfText(pdf.bytes)
    const spanned = text.pages.filter((page) => squash(page).includes('Sep–Des2019'))
    expect(spanned.length).toBeGreaterThanOrEqual(3)
    for (const page of spanned) {
      for (const header of ['No.', 'Lembaga', 'Kegiatan', 'Penanggung', 'Indikator', 'Status']) expect(page).toContain(header)
    }
  })

  it('leaves out sections that have no data instead of printing them empty', async () => {
    const { training } = sampleTraining()
    const empty = { ...makeEmpty(), training: { ...training, background: '', objectives: [], modules: [], method: '', conclusions: '' } }
    const pdf = renderPdf(buildReport(empty, { lang: 'id', sections: DEFAULT_REPORT_SECTIONS, generatedAt }), fonts)
    const all = (await readPdfText(pdf.bytes)).pages.join('\n')
    for (const absent of [
      'Latar Belakang',
      'Tim Pelatih',
      'Peserta menurut',
      'Jadwal',
      'PELAKSANAAN',
      'Kehadiran',
      'Kesimpulan',
      'Rencana Tindak Lanjut',
      'DAFTAR TABEL',
      'DAFTAR GAMBAR',
      'Daftar Hadir',
      'Dokumentasi Foto',
      'Lampiran 2',
    ]) {
      expect(all).not.toContain(absent)
    }
    // Numbers stay consecutive: with no implementation chapter, the closing chapter is III.
    for (const present of [
      '1.1 Sasaran Peserta',
      '1.2 Hasil yang Diharapkan',
      '2.1 Waktu dan Tempat',
      'BAB III PENUTUP',
      '3.1 Rekomendasi',
      'Lampiran 1: Kerangka Acuan (TOR)',
    ]) {
      expect(squash(all)).toContain(squash(present))
    }
  })

  it('reports emoji, Chinese and Thai it cannot print and prints ? in their place', async () => {
    const snapshot = sampleTraining()
    const ideas = snapshot.ideas.map((idea, i) => (i === 0 ? { ...idea, text: 'Semangat 💪 中文 ไทย' } : idea))
    const pdf = renderPdf(buildReport({ ...snapshot, ideas }, { lang: 'id', sections: ['brainstorms'], generatedAt }), fonts)
    expect(pdf.unsupported).toEqual(expect.arrayContaining(['💪', '中', '文', 'ไ', 'ท', 'ย', '🙏']))
    expect((await readPdfText(pdf.bytes)).pages.join('')).toContain('Semangat ? ?? ???')
  })

  it('puts the organiser logo on the cover and survives a broken photo', async () => {
    const snapshot = sampleTraining()
    // A file whose bytes say PNG but hold no picture.
    const broken = '0'.repeat(63) + '1'
    const photos = snapshot.photos.map((p, i) => (i === 0 ? { ...p, hash: broken, previewHash: broken } : p))
    const photoFiles = { ...snapshot.photoFiles, [broken]: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }
    const model = buildReport(
      { ...snapshot, photos, photoFiles },
      { lang: 'id', sections: ['cover', 'appendix-photos'], generatedAt, logo: GROUP_JPEG },
    )
    const pdf = renderPdf(model, fonts)
    writeFileSync(`${OUT}/logo-id.pdf`, pdf.bytes)
    const { pages } = await readPdfText(pdf.bytes)
    expect(pages[0]).toContain('LAPORAN PELATIHAN')
    expect(squash(pages.join(''))).toContain(squash('Hasil curah pendapat di papan metaplan'))
  })

  it('reports progress from 0 to 1 and rejects bytes that are not a font', () => {
    const seen: number[] = []
    renderPdf(buildReport(sampleTraining(), { lang: 'en', sections: ['introduction'], generatedAt }), fonts, (f) => seen.push(f))
    expect(seen.at(-1)).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    const model = buildReport(sampleTraining(), { lang: 'en', sections: ['introduction'], generatedAt })
    expect(() => renderPdf(model, { regular: new Uint8Array(10), bold: fonts.bold })).toThrow(/TrueType/)
  })
})

function makeEmpty() {
  return trainingOnly(sampleTraining().training)
}
