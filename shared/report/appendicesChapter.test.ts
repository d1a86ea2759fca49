import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import type { ReportLang } from './reportModel'
import type { ReportSectionId } from './reportSections'
import { renderPdf } from './renderPdf'
import type { TrainingSnapshot } from './trainingSnapshot'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)

async function pdfText(snapshot: TrainingSnapshot, lang: ReportLang, sections: ReportSectionId[], name: string): Promise<string[]> {
  const pdf = renderPdf(buildReport(snapshot, { lang, sections, generatedAt }), fonts)
  writeFileSync(`/tmp/pelatih-report-${name}-${lang}.pdf`, pdf.bytes)
  return (await readPdfText(pdf.bytes)).pages
}

/** The sample with photos of days 2 and 3 and one of no session, stored before the day-1 photos. */
function withPhotosOfEveryDay(): TrainingSnapshot {
  const snapshot = sampleTraining()
  const session = (title: string) => snapshot.sessions.find((s) => s.title.startsWith(title))?.id ?? null
  const [first] = snapshot.photos
  if (!first) throw new Error('the sample has photos')
  const photo = (id: string, sessionId: string | null, caption: string, order: number) => ({ ...first, id, sessionId, caption, order })
  return {
    ...snapshot,
    photos: [
      photo('ph-rtl', session('Penyusunan rencana'), 'Peserta menyusun RTL per lembaga', -3),
      photo('ph-free', null, 'Foto bersama seluruh peserta', -2),
      photo('ph-rp', session('Bermain peran'), 'Simulasi wawancara calon relawan', -1),
      ...snapshot.photos,
    ],
  }
}

describe.each(['id', 'en'] as const)('the appendices in %s', { timeout: 30_000 }, (lang) => {
  it('marks the observer in the attendance list', async () => {
    const all = squash((await pdfText(sampleTraining(), lang, ['appendix-attendance'], 'attendance')).join('\n'))
    expect(all).toContain(squash(lang === 'id' ? 'Karen O’Brien (peninjau)' : 'Karen O’Brien (observer)'))
    expect(all).not.toContain(squash('Ahmad Fauzi (peninjau)'))
  })

  it('groups the photos by day and names the day and date of each photo’s session', async () => {
    const pages = (await pdfText(withPhotosOfEveryDay(), lang, ['appendix-photos'], 'photos')).map(squash)
    const all = pages.join('')
    const id = lang === 'id'
    const expected = [
      id ? 'Hari 1: Selasa, 6 Agustus 2019' : 'Day 1: Tuesday, 6 August 2019',
      id
        ? 'Hasil curah pendapat di papan metaplan (Relawan sebagai sumber daya organisasi; Hari 1, Selasa, 6 Agustus 2019)'
        : 'Hasil curah pendapat di papan metaplan (Relawan sebagai sumber daya organisasi; Day 1, Tuesday, 6 August 2019)',
      id
        ? 'Kerja kelompok “Siklus pengelolaan relawan” (Siklus pengelolaan relawan; Hari 1, Selasa, 6 Agustus 2019)'
        : 'Kerja kelompok “Siklus pengelolaan relawan” (Siklus pengelolaan relawan; Day 1, Tuesday, 6 August 2019)',
      id ? 'Hari 2: Rabu, 7 Agustus 2019' : 'Day 2: Wednesday, 7 August 2019',
      id
        ? 'Simulasi wawancara calon relawan (Bermain peran: wawancara calon relawan; Hari 2, Rabu, 7 Agustus 2019)'
        : 'Simulasi wawancara calon relawan (Bermain peran: wawancara calon relawan; Day 2, Wednesday, 7 August 2019)',
      id ? 'Hari 3: Kamis, 8 Agustus 2019' : 'Day 3: Thursday, 8 August 2019',
      id
        ? 'Peserta menyusun RTL per lembaga (Penyusunan rencana tindak lanjut; Hari 3, Kamis, 8 Agustus 2019)'
        : 'Peserta menyusun RTL per lembaga (Penyusunan rencana tindak lanjut; Day 3, Thursday, 8 August 2019)',
      id ? 'Foto lain' : 'Other photos',
      'Foto bersama seluruh peserta',
    ].map(squash)
    const at = expected.map((text) => all.indexOf(text))
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(expected.filter((_, i) => (at[i] ?? -1) < 0)),
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    // A day's heading is never left alone at the foot of a page: its first photo is on the same page.
    const pageOf = (text: string): number => pages.findIndex((p) => p.includes(text))
    for (const i of [0, 3, 5, 7]) expect(pageOf(expected[i] ?? '')).toBe(pageOf(expected[i + 1] ?? ''))
  })
})

describe('the team table', { timeout: 30_000 }, () => {
  it('keeps “Notulis/dokumentasi” whole, or breaks it only after the slash', async () => {
    const pages = await pdfText(sampleTraining(), 'id', ['team'], 'team')
    const page = pages.find((p) => p.includes('Ayu Wédari')) ?? ''
    expect(page).toMatch(/Notulis\/\s*dokumentasi/)
  })
})
