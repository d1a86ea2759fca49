import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { headingLabel } from './drawText'
import type { HeadingBlock } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe.each(['id', 'en'] as const)('the headings a rendered PDF reports for its preview (%s)', { timeout: 30_000 }, (lang) => {
  it('lists every chapter and part with the page it is printed on, each with its report section', async () => {
    const model = buildReport(sampleTraining(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt: 0 })
    const pdf = renderPdf(model, fonts)
    const expected = model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.toc && b.level <= 2)
    expect(pdf.headings.map((h) => h.label)).toEqual(expected.map(headingLabel))
    expect(pdf.headings.map((h) => h.section)).toEqual(expected.map((h) => h.section))
    const text = await readPdfText(pdf.bytes)
    for (const heading of pdf.headings) {
      // The page named is the page a reader finds the heading on.
      expect(squash(text.bodies[heading.page - 1] ?? ''), `${heading.label} on page ${heading.page}`).toContain(squash(heading.label))
    }
    const pages = pdf.headings.map((h) => h.page)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })
})
