import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx'
import type { FileChild, ISectionOptions, ParagraphChild } from 'docx'
import { translator } from '../i18n/translator'
import { CAPTION_STYLE, docxBlocks, ORDERED_LIST } from './docxBlocks'
import type { PageChrome, ReportLang, ReportModel } from './reportModel'

/** A rendered Word document. */
export interface RenderedDocx {
  bytes: Uint8Array<ArrayBuffer>
}

/** Twips per mm. */
const MM = 1440 / 25.4

// Stand-ins i18next puts where the page and the total go; Word's own page fields replace them.
const PAGE = '\ue000'
const TOTAL = '\ue001'

/**
 * The footer's page label ("halaman 3 dari 24") with Word's own page fields for the numbers.
 * After front matter the total counts the body's section only, as the PDF counts body pages.
 */
function pageLabel(lang: ReportLang, bodyOnly: boolean): ParagraphChild[] {
  return translator(lang, 'report')('pageLabel', { page: PAGE, total: TOTAL })
    .split(/([\ue000\ue001])/)
    .filter((part) => part.length > 0)
    .map((part) =>
      part === PAGE
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16 })
        : part === TOTAL
          ? new TextRun({ children: [bodyOnly ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES], size: 16 })
          : new TextRun({ text: part, size: 16 }),
    )
}

/** The front matter's pages: no running header, the Roman page number centred at the foot, a bare cover. */
function frontChromeOf(chrome: PageChrome) {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })],
  })
  return {
    titlePage: chrome.firstPage > 1,
    headers: { default: new Header({ children: [] }), first: new Header({ children: [] }) },
    footers: { default: footer, first: new Footer({ children: [] }) },
  }
}

function chromeOf(chrome: PageChrome, lang: ReportLang, bodyOnly: boolean) {
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'B4BEC8', space: 2 } },
        children: [new TextRun({ text: chrome.header, size: 16, color: '6E6E6E' })],
      }),
    ],
  })
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageLabel(lang, bodyOnly) })],
  })
  // Word's "different first page" leaves the cover bare, as the PDF does.
  const empty = { first: new Header({ children: [] }) }
  return chrome.firstPage > 1 && !bodyOnly
    ? { titlePage: true, headers: { default: header, ...empty }, footers: { default: footer, first: new Footer({ children: [] }) } }
    : { titlePage: false, headers: { default: header }, footers: { default: footer } }
}

/**
 * Renders a report model to a Word document (.docx) with the `docx` library: the same blocks the
 * PDF is drawn from, with Word's own Heading 1-4 styles (so its table of contents works and is
 * asked to update on opening), tables whose header row repeats on every page, photos with their
 * captions in Word's caption style, charts as tables of their numbers, signature blocks, the cover
 * on a first page without header or footer, and page numbers in the footer. The front matter is a
 * section of its own numbered i, ii, iii, and the body's section starts again at 1, as in the PDF;
 * lists of tables and figures follow the contents. Unlike the PDF no
 * character is replaced: Word picks a font for any script. Runs in Node and in a worker.
 */
export async function renderDocx(model: ReportModel): Promise<RenderedDocx> {
  const landscape = model.orientation === 'landscape'
  const { front, body } = docxBlocks(model)
  const hasFront = front.length > 0 && model.chrome !== null
  const chrome = model.chrome === null ? { titlePage: false } : chromeOf(model.chrome, model.lang, hasFront)
  const frame = { style: BorderStyle.DOUBLE, size: 12, color: '265E80', space: 20 }
  const page = {
    size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, width: 210 * MM, height: 297 * MM },
    margin: { top: 25 * MM, bottom: 25 * MM, left: 25 * MM, right: 25 * MM, header: 12 * MM, footer: 12 * MM },
    borders: model.frame ? { pageBorderTop: frame, pageBorderBottom: frame, pageBorderLeft: frame, pageBorderRight: frame } : undefined,
  }
  const sections: ISectionOptions[] = []
  if (hasFront && model.chrome !== null) {
    const frontChrome = frontChromeOf(model.chrome)
    sections.push({
      properties: { titlePage: frontChrome.titlePage, page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } } },
      headers: frontChrome.headers,
      footers: frontChrome.footers,
      children: front,
    })
  }
  const bodyChildren: FileChild[] = hasFront ? body : [...front, ...body]
  sections.push({
    properties: {
      titlePage: chrome.titlePage,
      page: hasFront ? { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } : page,
    },
    headers: 'headers' in chrome ? chrome.headers : undefined,
    footers: 'footers' in chrome ? chrome.footers : undefined,
    children: bodyChildren,
  })
  const doc = new Document({
    title: model.title,
    creator: 'Pelatih',
    subject: model.title,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20 }, paragraph: { spacing: { after: 100, line: 276 } } },
        heading1: { run: { font: 'Arial', size: 30, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 240, after: 200 } } },
        heading2: { run: { font: 'Arial', size: 25, bold: true, color: '262626' }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: 'Arial', size: 22, bold: true, color: '262626' }, paragraph: { spacing: { before: 160, after: 80 } } },
        heading4: { run: { font: 'Arial', size: 20, bold: true, color: '262626' }, paragraph: { spacing: { before: 120, after: 60 } } },
        title: { run: { font: 'Arial', size: 44, bold: true, color: '1A1A1A' } },
      },
      paragraphStyles: [
        {
          id: CAPTION_STYLE,
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 18, color: '404040' },
          paragraph: { spacing: { before: 60, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections,
  })
  return { bytes: new Uint8Array(await Packer.toArrayBuffer(doc)) }
}
