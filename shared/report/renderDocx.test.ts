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
    expect(footers.some(([, xml]) => xml.includes('PAGE') && xml.includes('SECTIONPAGES'))).toBe(true)
    const headers = Object.entries(docx.chrome).filter(([name]) => name.includes('header'))
    expect(headers.some(([, xml]) => xml.includes(sampleTraining().training.title.replace(/&/g, '&amp;')))).toBe(true)
    // The cover page has no running header: Word's "different first page".
    expect(docx.xml).toContain('<w:titlePg/>')
  })

  it('numbers the front matter i, ii, iii in a section of its own and the body from 1', async () => {
    const { docx } = await renderSample(sampleTraining(), lang, 'sample')
    const sections = [...docx.xml.matchAll(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g)].map((m) => ({ xml: m[0], at: m.index }))
    expect(sections).toHaveLength(2)
    const [front, body] = sections as [(typeof sections)[0], (typeof sections)[0]]
    expect(front.xml).toMatch(/<w:pgNumType[^>]*w:fmt="lowerRoman"/)
    expect(front.xml).toMatch(/<w:pgNumType[^>]*w:start="1"/)
    expect(body.xml).toMatch(/<w:pgNumType[^>]*w:start="1"/)
    expect(body.xml).not.toContain('lowerRoman')
    // The break falls after the contents and lists, right before chapter I.
    const chapterOne = [...docx.xml.matchAll(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].find((m) =>
      m[0].toUpperCase().includes(t.chapterIntroduction.toUpperCase()),
    )
    expect(chapterOne?.index).toBeGreaterThan(front.at)
    expect(docx.xml.lastIndexOf(`>${t.contents.toUpperCase()}<`)).toBeLessThan(front.at)
    expect(docx.xml.lastIndexOf(`>${t.listOfFigures.toUpperCase()}<`)).toBeLessThan(front.at)
    // The front matter's footer holds its page number only; the body's counts the body's pages.
    const footerOf = (section: string): string => {
      const id = /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(section)?.[1]
      const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.rels)
      return docx.chrome[`word/${target?.[1] ?? target?.[2] ?? ''}`] ?? ''
    }
    expect(footerOf(front.xml)).toContain('PAGE')
    expect(footerOf(front.xml)).not.toContain('SECTIONPAGES')
    expect(footerOf(body.xml)).toContain('SECTIONPAGES')
    const pageWord = t.pageLabel.split('{{page}}')[0]?.trim() ?? ''
    expect(footerOf(body.xml)).toContain(pageWord)
    expect(footerOf(front.xml)).not.toContain(pageWord)
  })

  it('lists the tables and the figures, each entry pointing at its numbered caption', async () => {
    const { docx } = await renderSample(sampleTraining(), lang, 'sample')
    for (const [title, template] of [
      [t.listOfTables, t.tableCaption],
      [t.listOfFigures, t.figureCaption],
    ] as const) {
      const label = template.split('{{n}}')[0]?.trim() ?? ''
      const captions = docx.paragraphs.filter((p) => p.style === 'Caption' && p.text.startsWith(`${label} `))
      expect(captions.length, label).toBeGreaterThan(1)
      // Each caption numbers itself with Word's SEQ field, so Word renumbers and lists it.
      expect(docx.xml.match(new RegExp(`SEQ ${label} `, 'g'))?.length).toBe(captions.length)
      captions.forEach((caption, i) => expect(caption.text.startsWith(`${label} ${i + 1}.`), caption.text).toBe(true))
      // A list of its own (Word's table of figures field for that label), titled, filled in already.
      const list = new RegExp(`TOC \\\\c &quot;${label}&quot;[\\s\\S]*?<\\/w:sdtContent>`).exec(docx.xml)?.[0] ?? ''
      expect(list, label).not.toBe('')
      expect(docx.paragraphs.some((p) => p.text === title.toUpperCase())).toBe(true)
      const entries = [...list.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map(([p]) => ({
          text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
          ref: /PAGEREF (\S+)/.exec(p)?.[1],
        }))
        .filter((e) => e.ref !== undefined)
      expect(
        entries.map((e) =>
          e.text
            .replace(/&amp;/g, '&')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>'),
        ),
      ).toEqual(captions.map((c) => c.text))
      for (const entry of entries) expect(docx.xml).toContain(`<w:bookmarkStart w:name="${entry.ref}"`)
    }
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
