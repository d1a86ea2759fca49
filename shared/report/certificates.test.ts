import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildCertificates } from './certificates'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe('buildCertificates', { timeout: 30_000 }, () => {
  it('prints one landscape page per participant with name, training, dates, place and signatures', async () => {
    const snapshot = sampleTraining()
    const pdf = renderPdf(buildCertificates(snapshot, { lang: 'id' }), fonts)
    mkdirSync('/tmp/pelatih-report', { recursive: true })
    writeFileSync('/tmp/pelatih-report/certificates-id.pdf', pdf.bytes)
    const { pages } = await readPdfText(pdf.bytes)
    const counted = snapshot.participants.filter((p) => !p.observer && p.deletedAt === null)
    expect(pdf.pageCount).toBe(counted.length)
    const names = [...counted].sort((a, b) => a.name.localeCompare(b.name, 'id')).map((p) => p.name)
    pages.forEach((page, i) => {
      expect(page).toContain(names[i])
      for (const text of [
        'SERTIFIKAT',
        'Mobilisasi Sumber Daya OMS',
        '6–8 Agustus 2019',
        'Yogyakarta',
        'Penyelenggara',
        'Pelatih utama',
        'Dra. Rini Handayani, M.Si.',
      ]) {
        expect(page).toContain(text)
      }
      expect(page).not.toContain('halaman')
    })
  })

  it('prints only the participants asked for, observers included when named', async () => {
    const snapshot = sampleTraining()
    const observer = snapshot.participants.find((p) => p.observer)
    const pdf = renderPdf(buildCertificates(snapshot, { lang: 'en', participantIds: [observer?.id ?? ''] }), fonts)
    const { pages } = await readPdfText(pdf.bytes)
    expect(pages).toHaveLength(1)
    expect(pages[0]).toContain('Karen O’Brien')
    expect(pages[0]).toContain('CERTIFICATE OF PARTICIPATION')
  })
})
