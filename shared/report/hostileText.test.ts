import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { xssPayloads } from './__fixtures__/xssPayloads'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe('hostile text in the PDF report', () => {
  it('prints 200 XSS/HTML payloads literally, none lost and none interpreted', { timeout: 60_000 }, async () => {
    const payloads = xssPayloads(200)
    const snapshot = sampleTraining()
    const [first, ...rest] = snapshot.sessions
    if (!first) throw new Error('the sample has sessions')
    const hostile = {
      ...snapshot,
      training: { ...snapshot.training, background: payloads.slice(0, 100).join('\n') },
      sessions: [{ ...first, processNotes: payloads.slice(100).join('\n') }, ...rest],
    }
    const pdf = renderPdf(
      buildReport(hostile, { lang: 'id', sections: DEFAULT_REPORT_SECTIONS, generatedAt: Date.UTC(2026, 10, 27) }),
      fonts,
    )
    const text = squash((await readPdfText(pdf.bytes)).pages.join('\n'))
    const missing = payloads.filter((p) => !text.includes(squash(p)))
    console.log(
      `pdf hostile text: ${payloads.length} payloads, ${payloads.length - missing.length} printed literally, ${pdf.pageCount} pages`,
    )
    expect(missing).toEqual([])
  })
})
