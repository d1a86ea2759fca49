import { jsPDF } from 'jspdf'
import type { OutlineItem } from 'jspdf'
import { autoTable } from 'jspdf-autotable'
import { bytesToBase64 } from './bytesToBase64'
import { drawBarChart } from './drawBarChart'
import { fillContents, reserveContents } from './drawContents'
import type { ContentsPlan } from './drawContents'
import { drawCover } from './drawCover'
import { drawImage, imageSpace } from './drawImage'
import { drawLetterhead } from './drawLetterhead'
import { drawPageChrome, drawPageFrame } from './drawPageChrome'
import { drawSignatures } from './drawSignatures'
import { drawTable } from './drawTable'
import { drawHeading, drawList, drawParagraph, headingLabel } from './drawText'
import { estimateHeight } from './estimateHeight'
import { fitModelToFont } from './fitModelToFont'
import { pageNumbering } from './pageNumbers'
import { createPdfFlow, FONT } from './pdfFlow'
import type { PdfFlow } from './pdfFlow'
import type { BlockSection, ReportBlock, ReportModel } from './reportModel'

/**
 * The TTF bytes of DejaVu Sans regular and bold: `dejavu-fonts-ttf/ttf/DejaVuSans.ttf` and
 * `DejaVuSans-Bold.ttf` (about 1.5 MB together). Keep passing the same Uint8Array objects: their
 * base64 and glyph coverage are cached per object, which saves ~70 ms on every later render.
 */
export interface ReportFonts {
  regular: Uint8Array
  bold: Uint8Array
}

/** A rendered PDF and what the user should know about it. */
export interface RenderedPdf {
  bytes: Uint8Array
  pageCount: number
  /**
   * Characters the font cannot print (emoji, Chinese, Thai...), each once; they appear as `?`
   * in the PDF. Empty when everything printed as typed.
   */
  unsupported: string[]
  /** The chapter and part headings (levels 1 and 2) in print order, with the page each landed on. */
  headings: PlacedHeading[]
}

/** A heading of the rendered PDF and where it landed, so a preview can lead from the page to the part. */
export interface PlacedHeading {
  section: BlockSection
  level: number
  /** As printed: "II. DESAIN PELATIHAN", "2.3 Metode". */
  label: string
  /** 1-based page number. */
  page: number
}

interface ParsedFont {
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } }
}

/** Base64 of font bytes and the characters they cover, kept while the caller keeps the bytes. */
const base64Cache = new WeakMap<Uint8Array, string>()
const coverageCache = new WeakMap<Uint8Array, WeakMap<Uint8Array, Set<number>>>()

function base64Of(bytes: Uint8Array): string {
  let encoded = base64Cache.get(bytes)
  if (encoded === undefined) {
    encoded = bytesToBase64(bytes)
    base64Cache.set(bytes, encoded)
  }
  return encoded
}

/** Whether bytes start like a TrueType/OpenType font file. */
function looksLikeFont(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(...bytes.subarray(0, 4))
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'true' || tag === 'OTTO'
}

function registerFonts(doc: jsPDF, fonts: ReportFonts): Set<number> {
  if (!looksLikeFont(fonts.regular) || !looksLikeFont(fonts.bold)) {
    throw new Error('The report fonts must be TrueType bytes (DejaVuSans.ttf and DejaVuSans-Bold.ttf).')
  }
  doc.addFileToVFS('DejaVuSans.ttf', base64Of(fonts.regular))
  doc.addFont('DejaVuSans.ttf', FONT, 'normal')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', base64Of(fonts.bold))
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold')
  const codeMap = (style: 'normal' | 'bold'): Record<number, number> => {
    doc.setFont(FONT, style)
    const map = (doc.getFont() as ParsedFont).metadata?.cmap?.unicode?.codeMap
    if (!map) throw new Error('The report font could not be read (expected DejaVu Sans TTF bytes).')
    return map
  }
  const regular = codeMap('normal')
  const bold = codeMap('bold')
  const cached = coverageCache.get(fonts.regular)?.get(fonts.bold)
  if (cached) return cached
  // A character counts as printable only if both weights have a glyph for it.
  const supported = new Set<number>()
  for (const key of Object.keys(regular)) {
    const code = Number(key)
    if (regular[code] && bold[code]) supported.add(code)
  }
  const byBold = coverageCache.get(fonts.regular) ?? new WeakMap<Uint8Array, Set<number>>()
  byBold.set(fonts.bold, supported)
  coverageCache.set(fonts.regular, byBold)
  return supported
}

function drawBlock(flow: PdfFlow, model: ReportModel, index: number): number | null {
  const block = model.blocks[index] as ReportBlock
  switch (block.kind) {
    case 'heading': {
      // A photo moves whole to the next page, so the heading above it keeps room for all of it.
      const next = model.blocks[index + 1]
      return drawHeading(flow, block, next?.kind === 'image' ? imageSpace(flow, next) : estimateHeight(model.blocks, index + 1))
    }
    case 'paragraph':
      drawParagraph(flow, block)
      return null
    case 'list':
      drawList(flow, block)
      return null
    case 'table':
      return drawTable(flow, block, autoTable)
    case 'chart':
      return drawBarChart(flow, block, model.lang === 'id' ? 'id-ID' : 'en-GB')
    case 'image':
      return drawImage(flow, block)
    case 'cover':
      // A letterhead just above is the top of the cover page, not a page of its own.
      drawCover(flow, block, model.blocks[index - 1]?.kind === 'letterhead')
      return flow.page()
    case 'letterhead':
      drawLetterhead(flow, block)
      return flow.page()
    case 'signatures':
      drawSignatures(flow, block)
      return null
    case 'pageBreak':
      if (!flow.fresh()) flow.newPage()
      return null
    case 'spacer':
      flow.y += block.height
      return null
    case 'contents':
      return null
  }
}

/**
 * Renders a report model to an A4 PDF with jsPDF: DejaVu Sans embedded (subset) for any Latin,
 * Greek or Cyrillic text, compressed, tables through jspdf-autotable, charts drawn with lines
 * and rectangles, photos from data URLs, the contents filled with real page numbers and the
 * running header and footer on every page after the cover. Characters the font lacks are
 * printed as `?` and listed in `unsupported`. Synchronous; run it in a worker in the app.
 * This is the only module that imports jspdf and jspdf-autotable (others import their types only),
 * so the app can load it lazily. `onProgress` gets fractions up to 1 while blocks are drawn.
 * Throws when the fonts are not TrueType bytes.
 */
export function renderPdf(model: ReportModel, fonts: ReportFonts, onProgress?: (fraction: number) => void): RenderedPdf {
  const doc = new jsPDF({ orientation: model.orientation, unit: 'mm', format: 'a4', compress: true })
  const supported = registerFonts(doc, fonts)
  const { model: fitted, unsupported } = fitModelToFont(model, supported)
  doc.setProperties({ title: fitted.title, creator: 'Pelatih', subject: fitted.title })
  doc.setLanguage(fitted.lang === 'id' ? 'id' : 'en-GB')
  const flow = createPdfFlow(doc, fitted.orientation)
  const pageOf = new Map<number, number>()
  let contents: ContentsPlan | null = null
  let chapter: OutlineItem | null = null
  let reported = 0
  const headings: PlacedHeading[] = []
  const bodyStart = fitted.chrome?.bodyStart
  let bodyPage: number | null = null
  fitted.blocks.forEach((block, i) => {
    if (block.kind === 'contents') {
      contents = reserveContents(flow, block, fitted.blocks)
    } else {
      const page = drawBlock(flow, fitted, i)
      if (page !== null) pageOf.set(i, page)
      // The body's first page is where its first block went (a page break's new page included).
      if (i === bodyStart) bodyPage = page ?? flow.page()
      if (block.kind === 'heading' && block.toc && page !== null) {
        // PDF bookmarks: chapters at the top, their parts inside.
        const node = doc.outline.add(block.level === 1 ? null : chapter, headingLabel(block), { pageNumber: page })
        if (block.level === 1) chapter = node
        if (block.level <= 2) headings.push({ section: block.section, level: block.level, label: headingLabel(block), page })
      }
    }
    const fraction = ((i + 1) / fitted.blocks.length) * 0.9
    if (onProgress && fraction - reported >= 0.01) {
      reported = fraction
      onProgress(fraction)
    }
  })
  const numbering = pageNumbering(fitted.lang, doc.getNumberOfPages(), bodyPage)
  if (contents !== null) fillContents(flow, contents, pageOf, numbering.label)
  if (fitted.chrome !== null) drawPageChrome(flow, fitted.chrome, numbering)
  if (fitted.frame) drawPageFrame(flow)
  const bytes = new Uint8Array(doc.output('arraybuffer'))
  onProgress?.(1)
  return { bytes, pageCount: doc.getNumberOfPages(), unsupported, headings }
}
