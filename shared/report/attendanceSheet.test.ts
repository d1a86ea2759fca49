import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { makeLargeSnapshot, sampleTraining } from './__fixtures__/sampleTraining'
import { buildAttendanceSheet } from './attendanceSheet'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe('buildAttendanceSheet', { timeout: 30_000 }, () => {
  it('lists everyone with a signature column, the header repeated on every page', async () => {
    const snapshot = makeLargeSnapshot(2)
    const pdf = renderPdf(buildAttendanceSheet(snapshot, { lang: 'id', days: [2] }), fonts)
    const { pages } = await readPdfText(pdf.bytes)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    for (const page of pages) {
      for (const header of ['No.', 'Nama', 'Lembaga', 'L/P', 'Tanda tangan']) expect(page).toContain(header)
      expect(page).toContain(`dari ${pages.length}`)
    }
    expect(pages[0]).toContain('DAFTAR HADIR PESERTA')
    expect(pages[0]).toContain('Hari 2: Rabu, 7 Agustus 2019')
    const all = squash(pages.join(''))
    for (const p of snapshot.participants) expect(all).toContain(squash(p.name))
  })

  it('starts each day on its own page', async () => {
    const pdf = renderPdf(buildAttendanceSheet(sampleTraining(), { lang: 'en' }), fonts)
    const { pages } = await readPdfText(pdf.bytes)
    expect(pages).toHaveLength(3)
    expect(pages.map((p) => /Day (\d):/.exec(p)?.[1])).toEqual(['1', '2', '3'])
    expect(pages[0]).toContain('Signature')
  })
})
