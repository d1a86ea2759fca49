import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { HTML_NOTE, sampleTraining } from './__fixtures__/sampleTraining'
import { renderPdf } from './renderPdf'
import { buildSessionSummary } from './sessionSummary'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe('buildSessionSummary', { timeout: 30_000 }, () => {
  it('summarises one session: times, notes, cards by cluster and its photo', async () => {
    const snapshot = sampleTraining()
    const session = snapshot.sessions.find((s) => s.title.startsWith('Relawan sebagai'))
    const pdf = renderPdf(buildSessionSummary(snapshot, session?.id ?? '', { lang: 'id' }), fonts)
    const all = squash((await readPdfText(pdf.bytes)).pages.join(''))
    for (const text of [
      'RINGKASAN SESI',
      'Relawan sebagai sumber daya organisasi',
      'Waktu rencana',
      '10.15–12.00',
      '10.25–12.05 (100 menit; kurang 5 menit)',
      HTML_NOTE,
      'Retensi dan motivasi (18 suara)',
      'Hasil curah pendapat di papan metaplan',
    ]) {
      expect(all).toContain(squash(text))
    }
    expect(all).not.toContain(squash('Wawancara calon relawan'))
  })

  it('refuses a session that does not exist', () => {
    expect(() => buildSessionSummary(sampleTraining(), 'nope', { lang: 'en' })).toThrow(/No session/)
  })
})
