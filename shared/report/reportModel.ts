import type { ReportSectionId } from './reportSections'

/** The languages a report can be printed in. */
export type ReportLang = 'en' | 'id'

/** Which part of the report a block belongs to; printable sheets use `sheet`. */
export type BlockSection = ReportSectionId | 'sheet'

/** Horizontal alignment of a text block. */
export type BlockAlign = 'left' | 'center' | 'right'

/** A numbered or plain heading; `toc` headings are listed in the table of contents. */
export interface HeadingBlock {
  kind: 'heading'
  section: BlockSection
  level: 1 | 2 | 3 | 4
  /** Chapter or section number as printed ("II", "3.2"), or null. */
  number: string | null
  text: string
  toc: boolean
  align?: BlockAlign
}

/**
 * Running text. Newlines start new lines; long text flows across pages without losing a
 * character. `display` is the large type of certificates, `label` a bold lead-in, `muted` grey.
 */
export interface ParagraphBlock {
  kind: 'paragraph'
  section: BlockSection
  text: string
  style: 'body' | 'label' | 'muted' | 'display' | 'lead'
  align?: BlockAlign
}

/** A bulleted or numbered list. */
export interface ListBlock {
  kind: 'list'
  section: BlockSection
  ordered: boolean
  items: string[]
}

/**
 * How a numbered caption reads around its number ("Tabel " 3 ". Peserta"), so the Word copy can
 * number it with a field of its own that the word processor's list of tables or figures finds.
 */
export interface CaptionNumber {
  /** The caption label that names the sequence ("Tabel", "Gambar"). */
  label: string
  n: number
  before: string
  after: string
}

/**
 * A table. Captioned tables are numbered and listed in the list of tables. `grid` tables repeat
 * their header on every page they span; `plain` tables are key/value facts without a header.
 */
export interface TableBlock {
  kind: 'table'
  section: BlockSection
  caption: string | null
  /** Set once the caption is numbered: its parts around the number. */
  numbered?: CaptionNumber
  variant: 'grid' | 'plain'
  head: string[]
  rows: string[][]
  /** A totals row printed in bold after the last row (only once, at the end). */
  foot?: string[]
  /** Smaller type for wide tables (many columns). */
  dense?: boolean
  /** Relative column widths (any unit); omitted means automatic. */
  widths?: number[]
  /** Per-column alignment; omitted columns are left-aligned. */
  align?: BlockAlign[]
  /** Height of every body row in mm, e.g. room for a signature. */
  minRowHeight?: number
}

/** One data series of a bar chart. */
export interface ChartSeries {
  name: string
  /** One value per category; null draws no bar (nothing was measured). */
  values: (number | null)[]
}

/** A grouped bar chart, drawn with lines and rectangles (no images). */
export interface ChartBlock {
  kind: 'chart'
  section: BlockSection
  caption: string | null
  /** Set once the caption is numbered: its parts around the number. */
  numbered?: CaptionNumber
  categories: string[]
  series: ChartSeries[]
  /** Top of the value axis; null means the largest value, rounded up. */
  max: number | null
  /** Decimals shown on value labels. */
  decimals: number
}

/** A photo from a data URL, scaled to fit the page, with its caption below. */
export interface ImageBlock {
  kind: 'image'
  section: BlockSection
  caption: string | null
  /** Set once the caption is numbered: its parts around the number. */
  numbered?: CaptionNumber
  dataUrl: string
  /** Pixel size of the image, for its aspect ratio. */
  width: number
  height: number
}

/** The cover page: everything centred, no header or footer. */
export interface CoverBlock {
  kind: 'cover'
  section: BlockSection
  overline: string
  title: string
  lines: string[]
  /** A logo as a data URL, or null. */
  logo: string | null
  footer: string
}

/**
 * The organisation's letterhead (kop surat) across the top of a page: the logo at the left, the
 * name large beside it, the address and contacts below the name, and a double rule under all
 * of it. Printed at the top of the cover, of every printable sheet and of every certificate.
 */
export interface LetterheadBlock {
  kind: 'letterhead'
  section: BlockSection
  name: string
  /** Lines under the name: the address, then phone, email and website on one line; never empty strings. */
  lines: string[]
  /** The logo as a data URL (PNG or JPEG) with its pixel size, or null. */
  logo: { dataUrl: string; width: number; height: number } | null
}

/**
 * Where the table of contents goes. The renderer lists the `toc` headings and every captioned
 * table and figure with the page it landed on.
 */
export interface ContentsBlock {
  kind: 'contents'
  section: BlockSection
  title: string
  tablesTitle: string
  figuresTitle: string
}

/**
 * Signature lines side by side: a label above the space to sign ("Mengetahui,"), the signer's
 * position under the label when given ("Direktur"), the name below the line.
 */
export interface SignaturesBlock {
  kind: 'signatures'
  section: BlockSection
  /** A line above the signatures, e.g. "Yogyakarta, 8 Agustus 2019"; may be empty. */
  placeDate: string
  slots: { label: string; name: string; position?: string }[]
}

/** Forces the next block onto a new page (ignored at the top of an empty page). */
export interface PageBreakBlock {
  kind: 'pageBreak'
  section: BlockSection
}

/** Vertical space in mm. */
export interface SpacerBlock {
  kind: 'spacer'
  section: BlockSection
  height: number
}

/** Any block of a report. */
export type ReportBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ChartBlock
  | ImageBlock
  | CoverBlock
  | LetterheadBlock
  | ContentsBlock
  | SignaturesBlock
  | PageBreakBlock
  | SpacerBlock

/** Running header and footer printed on every page from `firstPage` on. */
export interface PageChrome {
  header: string
  /** First page (1-based) that gets the header and footer; 2 skips the cover. */
  firstPage: number
  /**
   * Index in `blocks` of the first block of the body. When set, the pages before the one it lands
   * on are front matter (cover, approval page, foreword, contents): numbered i, ii, iii at the
   * foot, without the header, and the body is numbered from 1 ("page 1 of {body pages}").
   * Unset: every page is numbered from 1.
   */
  bodyStart?: number
}

/** A document ready to render: language, page setup and a flat list of blocks. */
export interface ReportModel {
  lang: ReportLang
  /** Document title (PDF metadata). */
  title: string
  orientation: 'portrait' | 'landscape'
  chrome: PageChrome | null
  /** Draw a decorative border on every page (certificates). */
  frame?: boolean
  blocks: ReportBlock[]
}
