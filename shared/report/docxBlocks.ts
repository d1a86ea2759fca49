import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Bookmark,
  HeightRule,
  ImageRun,
  LeaderType,
  PageReference,
  Paragraph,
  ShadingType,
  SimpleField,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import type { FileChild, IParagraphOptions, ParagraphChild } from 'docx'
import { readImageHeader } from '../photos/imageHeader'
import { headingLabel } from './drawText'
import type {
  BlockAlign,
  CaptionNumber,
  ChartBlock,
  CoverBlock,
  HeadingBlock,
  LetterheadBlock,
  ReportBlock,
  ReportModel,
  SignaturesBlock,
  TableBlock,
} from './reportModel'

/** Twips (1/20 pt) per mm. */
const TWIPS_PER_MM = 1440 / 25.4
/** Word's pixels (96 per inch) per mm, the unit of image sizes. */
const PX_PER_MM = 96 / 25.4
/** A4 page and the margins the docx uses, in mm. */
const A4 = { short: 210, long: 297, margin: 25 }
/** The numbering definition lists use (declared in renderDocx). */
export const ORDERED_LIST = 'report-ordered'
/** The paragraph style of table and figure captions (Word's own "caption", so its table of figures finds them). */
export const CAPTION_STYLE = 'Caption'

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

/** Text runs of a string whose newlines start new lines. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }))
}

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** An inline picture fitted into a box (mm), or null when Word cannot show the file (missing, WebP). */
function picture(dataUrl: string, width: number, height: number, boxW: number, boxH: number, title: string): ImageRun | null {
  if (!dataUrl.startsWith('data:')) return null
  const bytes = bytesOfDataUrl(dataUrl)
  const header = readImageHeader(bytes)
  if (!header.ok || header.mime === 'image/webp') return null
  const w = width > 0 ? width : header.width
  const h = height > 0 ? height : header.height
  const scale = Math.min(boxW / w, boxH / h)
  return new ImageRun({
    type: header.mime === 'image/png' ? 'png' : 'jpg',
    data: bytes,
    transformation: { width: Math.round(w * scale * PX_PER_MM), height: Math.round(h * scale * PX_PER_MM) },
    altText: { name: title.slice(0, 60), description: title, title },
  })
}

/** A caption label as a Word sequence name (letters, digits and underscores only). */
function sequenceOf(label: string): string {
  return label.replace(/[^\p{L}\p{N}_]+/gu, '_') || 'Caption'
}

/** The bookmark on a numbered caption, which its line in the list of tables or figures points at. */
function bookmarkOf(numbered: CaptionNumber): string {
  return `_Ref${sequenceOf(numbered.label)}_${numbered.n}`.slice(0, 40)
}

/** One line of a list of tables or figures. */
interface ListedCaption {
  text: string
  numbered: CaptionNumber
}

/** The Word body split where the report's body starts: the front matter gets a section of its own. */
export interface DocxSections {
  /** Cover, approval page, foreword, contents and lists; empty when the model has no front matter. */
  front: FileChild[]
  body: FileChild[]
}

/**
 * Turns the blocks of a report model into docx paragraphs and tables, in order: the same model the
 * PDF is drawn from, so both copies hold the same words. Page breaks become "page break before"
 * on what follows (and vanish at the top of a page, as in the PDF). The blocks before the model's
 * `bodyStart` go to the front section, so Word can number those pages i, ii, iii. Numbered captions
 * carry Word's SEQ field and a bookmark, and the contents is followed by lists of tables and of
 * figures (Word's table-of-figures fields, written already filled in) whose lines point at them.
 */
export function docxBlocks(model: ReportModel): DocxSections {
  const front: FileChild[] = []
  const body: FileChild[] = []
  const bodyStart = model.chrome?.bodyStart ?? 0
  const split = bodyStart > 0 && bodyStart < model.blocks.length
  let out: FileChild[] = split ? front : body
  const landscape = model.orientation === 'landscape'
  const content = { width: (landscape ? A4.long : A4.short) - 2 * A4.margin, height: (landscape ? A4.short : A4.long) - 2 * A4.margin }
  const number = new Intl.NumberFormat(model.lang === 'id' ? 'id-ID' : 'en-GB')
  let fresh = true
  let breakPending = false
  let listInstance = 0
  // The cover that follows a letterhead continues on the letterhead's page, as in the PDF.
  let afterLetterhead = false

  const paragraph = (options: IParagraphOptions): void => {
    out.push(new Paragraph({ ...options, pageBreakBefore: breakPending || undefined }))
    breakPending = false
    fresh = false
  }
  const table = (made: Table): void => {
    if (breakPending) paragraph({ children: [] })
    out.push(made)
    fresh = false
  }
  /** A caption's words; a numbered one gets its number from Word's SEQ field, inside a bookmark. */
  const captionRuns = (text: string, numbered: CaptionNumber | undefined): ParagraphChild[] =>
    numbered
      ? [
          new Bookmark({
            id: bookmarkOf(numbered),
            children: [
              ...runs(numbered.before),
              new SimpleField(`SEQ ${sequenceOf(numbered.label)} \\* ARABIC`, String(numbered.n)),
              ...runs(numbered.after),
            ],
          }),
        ]
      : runs(text)
  const caption = (text: string | null, numbered: CaptionNumber | undefined): void => {
    if (text) paragraph({ style: CAPTION_STYLE, children: captionRuns(text, numbered), keepNext: false })
  }
  const listed = { tables: [] as ListedCaption[], figures: [] as ListedCaption[] }
  for (const block of model.blocks) {
    if ((block.kind === 'table' || block.kind === 'chart' || block.kind === 'image') && block.caption !== null && block.numbered) {
      listed[block.kind === 'table' ? 'tables' : 'figures'].push({ text: block.caption, numbered: block.numbered })
    }
  }
  /** A list of tables or figures on a page of its own: Word's TOC field over one caption label. */
  const listOf = (title: string, entries: ListedCaption[]): void => {
    const first = entries[0]
    if (!first) return
    if (!fresh) breakPending = true
    paragraph({ alignment: AlignmentType.CENTER, children: runs(title, { bold: true, size: 28 }), spacing: { after: 240 } })
    const right = Math.round(content.width * TWIPS_PER_MM)
    out.push(
      new TableOfContents(title, {
        hyperlink: true,
        captionLabelIncludingNumbers: sequenceOf(first.numbered.label),
        contentChildren: entries.map(
          (entry) =>
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
              spacing: { after: 60 },
              children: [
                ...runs(entry.text.replace(/\s*\n\s*/g, ' ')),
                new TextRun({ children: [new Tab()] }),
                new PageReference(bookmarkOf(entry.numbered), { hyperlink: true }),
              ],
            }),
        ),
      }),
    )
  }

  const cell = (text: string, opts: { bold?: boolean; align?: BlockAlign; size?: number; shade?: boolean; width?: number }): TableCell =>
    new TableCell({
      children: [new Paragraph({ alignment: ALIGN[opts.align ?? 'left'], children: runs(text, { bold: opts.bold, size: opts.size }) })],
      shading: opts.shade ? { type: ShadingType.CLEAR, fill: 'E3ECF2', color: 'auto' } : undefined,
      width: opts.width === undefined ? undefined : { size: opts.width, type: WidthType.DXA },
    })

  const tableOf = (block: TableBlock): void => {
    const columns = Math.max(block.head.length, ...block.rows.map((r) => r.length), 1)
    const weights = block.widths && block.widths.length === columns ? block.widths : Array<number>(columns).fill(1)
    const sum = weights.reduce((a, b) => a + b, 0) || 1
    const widths = weights.map((w) => Math.round((w / sum) * content.width * TWIPS_PER_MM))
    const size = block.dense ? 16 : 19
    const grid = block.variant === 'grid'
    // Key/value facts read best with the key in bold, as on the PDF page.
    const row = (values: string[], bold: boolean, shade: boolean): TableCell[] =>
      Array.from({ length: columns }, (_, i) =>
        cell(values[i] ?? '', { bold: bold || (!grid && i === 0), shade, size, align: block.align?.[i], width: widths[i] }),
      )
    const rows: TableRow[] = []
    // The header row repeats at the top of every page the table runs onto (w:tblHeader).
    if (block.head.length > 0) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: row(block.head, true, grid) }))
    const height = block.minRowHeight ? { value: Math.round(block.minRowHeight * TWIPS_PER_MM), rule: HeightRule.ATLEAST } : undefined
    for (const values of block.rows) {
      rows.push(new TableRow({ cantSplit: true, height, children: row(values, false, false) }))
    }
    if (block.foot) rows.push(new TableRow({ cantSplit: true, children: row(block.foot, true, false) }))
    const line = { style: grid ? BorderStyle.SINGLE : BorderStyle.NONE, size: 4, color: '9AA9B5' }
    // A caption sits above its table, as in the PDF, and stays with it.
    if (block.caption) paragraph({ style: CAPTION_STYLE, children: captionRuns(block.caption, block.numbered), keepNext: true })
    table(
      new Table({
        rows,
        width: { size: Math.round(content.width * TWIPS_PER_MM), type: WidthType.DXA },
        columnWidths: widths,
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      }),
    )
    paragraph({ children: [], spacing: { after: 60 } })
  }

  /** A chart has no picture of its own here: its numbers go in a table Word users can chart themselves. */
  const chartOf = (block: ChartBlock): void => {
    const format = (value: number | null): string => (value === null ? '–' : number.format(Number(value.toFixed(block.decimals))))
    tableOf({
      kind: 'table',
      section: block.section,
      caption: block.caption,
      numbered: block.numbered,
      variant: 'grid',
      head: ['', ...block.series.map((s) => s.name)],
      rows: block.categories.map((category, i) => [category, ...block.series.map((s) => format(s.values[i] ?? null))]),
      align: ['left', ...block.series.map((): BlockAlign => 'right')],
    })
  }

  /** The organisation's letterhead: logo | name and lines, with a rule under it, on a borderless row. */
  const letterheadOf = (block: LetterheadBlock): void => {
    if (!fresh) breakPending = true
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
    const full = Math.round(content.width * TWIPS_PER_MM)
    const logoWidth = Math.round(34 * TWIPS_PER_MM)
    const logo = block.logo === null ? null : picture(block.logo.dataUrl, block.logo.width, block.logo.height, 30, 22, block.name)
    const text = [
      new Paragraph({ children: runs(block.name, { bold: true, size: 32 }) }),
      ...block.lines.map((line) => new Paragraph({ children: runs(line, { size: 18 }) })),
    ]
    const cells = logo
      ? [
          new TableCell({ width: { size: logoWidth, type: WidthType.DXA }, children: [new Paragraph({ children: [logo] })] }),
          new TableCell({ width: { size: full - logoWidth, type: WidthType.DXA }, children: text }),
        ]
      : [new TableCell({ width: { size: full, type: WidthType.DXA }, children: text })]
    table(
      new Table({
        width: { size: full, type: WidthType.DXA },
        columnWidths: logo ? [logoWidth, full - logoWidth] : [full],
        borders: {
          top: none,
          left: none,
          right: none,
          insideHorizontal: none,
          insideVertical: none,
          bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000' },
        },
        rows: [new TableRow({ cantSplit: true, children: cells })],
      }),
    )
    paragraph({ children: [], spacing: { after: 120 } })
    afterLetterhead = true
  }

  const coverOf = (block: CoverBlock): void => {
    if (!fresh && !afterLetterhead) breakPending = true
    const logo = block.logo === null ? null : picture(block.logo, 0, 0, 50, 35, block.title)
    if (logo) paragraph({ alignment: AlignmentType.CENTER, children: [logo], spacing: { after: 480 } })
    else paragraph({ children: [], spacing: { after: 1400 } })
    paragraph({ alignment: AlignmentType.CENTER, children: runs(block.overline, { size: 26, color: '5A5A5A' }), spacing: { after: 240 } })
    paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(block.title), spacing: { after: 480 } })
    for (const line of block.lines)
      paragraph({ alignment: AlignmentType.CENTER, children: runs(line, { size: 24 }), spacing: { after: 120 } })
    paragraph({ alignment: AlignmentType.CENTER, children: runs(block.footer, { size: 18, color: '6E6E6E' }), spacing: { before: 2400 } })
    breakPending = true
  }

  const headingOf = (block: HeadingBlock): void => {
    const align = block.align ?? (block.level === 1 ? 'center' : 'left')
    paragraph({ heading: HEADINGS[block.level], alignment: ALIGN[align], keepNext: true, children: runs(headingLabel(block)) })
  }

  const signaturesOf = (block: SignaturesBlock): void => {
    if (block.placeDate) paragraph({ alignment: AlignmentType.RIGHT, children: runs(block.placeDate), spacing: { before: 240 } })
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
    const width = Math.round((content.width * TWIPS_PER_MM) / Math.max(1, block.slots.length))
    table(
      new Table({
        width: { size: width * Math.max(1, block.slots.length), type: WidthType.DXA },
        borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
        rows: [
          new TableRow({
            cantSplit: true,
            children: (block.slots.length > 0 ? block.slots : [{ label: '', name: '' }]).map(
              (slot) =>
                new TableCell({
                  width: { size: width, type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: runs(slot.label),
                      spacing: { after: slot.position ? 0 : 1100 },
                    }),
                    ...(slot.position
                      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(slot.position), spacing: { after: 1100 } })]
                      : []),
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } },
                      children: runs(slot.name, { bold: true }),
                    }),
                  ],
                }),
            ),
          }),
        ],
      }),
    )
  }

  const blockOf = (block: ReportBlock): void => {
    if (block.kind !== 'cover') afterLetterhead = false
    switch (block.kind) {
      case 'heading':
        headingOf(block)
        return
      case 'paragraph': {
        const style = {
          body: {},
          label: { bold: true },
          lead: { bold: true, size: 22 },
          muted: { color: '6E6E6E', size: 18 },
          display: { bold: true, size: 52 },
        }[block.style]
        paragraph({ alignment: ALIGN[block.align ?? 'left'], keepNext: block.style === 'label', children: runs(block.text, style) })
        return
      }
      case 'list':
        listInstance += 1
        for (const item of block.items) {
          const children: ParagraphChild[] = runs(item)
          paragraph(
            block.ordered
              ? { children, numbering: { reference: ORDERED_LIST, level: 0, instance: listInstance } }
              : { children, bullet: { level: 0 } },
          )
        }
        return
      case 'table':
        tableOf(block)
        return
      case 'chart':
        chartOf(block)
        return
      case 'image': {
        const image = picture(block.dataUrl, block.width, block.height, content.width, content.height * 0.6, block.caption ?? model.title)
        if (image) paragraph({ alignment: AlignmentType.CENTER, keepNext: block.caption !== null, children: [image] })
        caption(block.caption, block.numbered)
        return
      }
      case 'cover':
        coverOf(block)
        afterLetterhead = false
        return
      case 'letterhead':
        letterheadOf(block)
        return
      case 'contents':
        paragraph({ alignment: AlignmentType.CENTER, children: runs(block.title, { bold: true, size: 28 }), spacing: { after: 240 } })
        out.push(new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-3' }))
        fresh = false
        listOf(block.tablesTitle, listed.tables)
        listOf(block.figuresTitle, listed.figures)
        return
      case 'signatures':
        signaturesOf(block)
        return
      case 'pageBreak':
        if (!fresh) breakPending = true
        return
      case 'spacer':
        paragraph({ children: [], spacing: { after: Math.round(block.height * TWIPS_PER_MM) } })
        return
      default: {
        // A new block kind must get a Word rendering here too: this line stops the build until it does.
        const unknown: never = block
        throw new Error(`No Word rendering for the block ${JSON.stringify(unknown)}`)
      }
    }
  }

  model.blocks.forEach((block, i) => {
    // The body starts a new section, which starts a new page: no break is carried over.
    if (split && i === bodyStart) {
      out = body
      fresh = true
      breakPending = false
    }
    blockOf(block)
  })
  // A document that ends on a page break still needs a paragraph for Word to open it.
  if (body.length === 0) body.push(new Paragraph({ children: [] }))
  return { front, body }
}
