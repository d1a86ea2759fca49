import { mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { capturedTexts } from './__fixtures__/capturedTexts'
import { readDocxText } from './__fixtures__/readDocxText'
import type { DocxText } from './__fixtures__/readDocxText'
import { squash } from './__fixtures__/readPdfText'
import { HTML_NOTE, sampleTraining, trainingOnly } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { headingLabel } from './drawText'
import type { HeadingBlock, ReportBlock, ReportLang } from './reportModel'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { reportText } from '../i18n/report'
import { renderDocx } from './renderDocx'
import type { TrainingSnapshot } from './trainingSnapshot'

const OUT = '/tmp/pelatih-report'
mkdirSync(OUT, { recursive: true })
const generatedAt = Date.UTC(2019, 7, 9, 3, 0)
const headingsOf = (blocks: ReportBlock[]): HeadingBlock[] => blocks.filter((b): b is HeadingBlock => b.kind === 'heading')

async function renderSample(
  snapshot: TrainingSnapshot,
  lang: ReportLang,
  name: string,
): Promise<{ docx: DocxText; headings: HeadingBlock[] }> {
  const model = buildReport(snapshot, { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt })
  const { bytes } = await renderDocx(model)
  writeFileSync(`${OUT}/${name}-${lang}.docx`, bytes)
  return { docx: readDocxText(bytes), headings: headingsOf(model.blocks) }
}

describe.each(['id', 'en'] as const)('the Word copy of the full sample report in %s', { timeout: 30_000 }, (lang) => {
  const t = reportText[lang]

  it('has every section heading in Word heading styles, so its table of contents works', async () => {
    const { docx, headings } = await renderSample(sampleTraining(), lang, 'sample')
    expect(headings.length).toBeGreaterThan(15)
    for (const heading of headings) {
      const label = headingLabel(heading)
      expect(
        docx.paragraphs.some((p) => p.text === label && p.style === `Heading${heading.level}`),
        label,
      ).toBe(true)
    }
    const chapters = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)
    for (const chapter of [t.chapterIntroduction, t.chapterDesign, t.chapterImplementation, t.chapterClosing]) {
      expect(
        chapters.some((c) => c.toUpperCase().includes(chapter.toUpperCase())),
        chapter,
      ).toBe(true)
    }
    expect(chapters.some((c) => c.toUpperCase().includes(t.appendices.toUpperCase()))).toBe(true)
    // Word's own table of contents field over Heading 1-3, refreshed when the file opens.
    expect(docx.xml).toContain('TOC \\h \\o &quot;1-3&quot;')
  })

  it('holds every captured text, the appendices and the cover, and prints HTML-like text literally', async () => {
    const { docx } = await renderSample(sampleTraining(), lang, 'sample')
    const all = squash(docx.paragraphs.map((p) => p.text).join('\n'))
    // Word chooses a font for any script: unlike the PDF, nothing turns into "?".
    for (const item of capturedTexts(sampleTraining())) expect(all, item).toContain(squash(item))
    expect(all).toContain(squash(HTML_NOTE))
    expect(all).not.toContain('Zzz')
    expect(docx.paragraphs.find((p) => p.style === 'Title')?.text).toBe(sampleTraining().training.title)
    expect(docx.paragraphs.some((p) => p.style === 'Heading2' && p.text.startsWith(t.appendixHeading.split('{{n}}')[0] ?? '-'))).toBe(true)
    expect(all).toContain(squash(t.actionPlans))
  })

  it('repeats the header row of a table, captions photos and tables, and numbers the pages', async () => {
    const { docx } = await renderSample(sampleTraining(), lang, 'sample')
    const tables = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([x]) => x)
    const repeated = tables.filter((x) => /<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/.test(x))
    expect(repeated.length).toBeGreaterThan(5)
    expect(docx.xml).toContain('<pic:pic')
    const captions = docx.paragraphs.filter((p) => p.style === 'Caption')
    expect(captions.length).toBeGreaterThan(3)
    const footers = Object.entries(docx.chrome).filter(([name]) => name.includes('footer'))
    expect(footers.some(([, xml]) => xml.includes('PAGE') && xml.includes('NUMPAGES'))).toBe(true)
    const headers = Object.entries(docx.chrome).filter(([name]) => name.includes('header'))
    expect(headers.some(([, xml]) => xml.includes(sampleTraining().training.title.replace(/&/g, '&amp;')))).toBe(true)
    // The cover page has no running header: Word's "different first page".
    expect(docx.xml).toContain('<w:titlePg/>')
  })

  it('exports a training with nothing optional filled in', async () => {
    const { training } = sampleTraining()
    const bare = trainingOnly({
      ...training,
      background: '',
      objectives: [],
      modules: [],
      method: '',
      conclusions: '',
      recommendations: '',
      expectedOutcomes: [],
    })
    const { docx, headings } = await renderSample(bare, lang, 'bare')
    expect(docx.paragraphs.find((p) => p.style === 'Title')?.text).toBe(training.title)
    for (const heading of headings)
      expect(docx.paragraphs.some((p) => p.text === headingLabel(heading) && p.style === `Heading${heading.level}`)).toBe(true)
    // Parts without data are left out, as in the PDF: no heading names them (the default foreword
    // may still mention follow-up plans in its prose).
    const headingTexts = docx.paragraphs
      .filter((p) => p.style?.startsWith('Heading'))
      .map((p) => p.text)
      .join('\n')
    for (const absent of [t.chapterImplementation, t.attendance, t.actionPlans])
      expect(headingTexts.toUpperCase()).not.toContain(absent.toUpperCase())
  })
})
