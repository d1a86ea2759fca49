import type {
  BlockAlign,
  BlockSection,
  ChartBlock,
  ChartSeries,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  ReportBlock,
  TableBlock,
} from './reportModel'

/** Options of a grid table beyond its caption, header and rows. */
export interface TableOptions {
  foot?: string[]
  dense?: boolean
  widths?: number[]
  align?: BlockAlign[]
  minRowHeight?: number
}

/** Short constructors for the blocks of one report section. */
export interface BlockFactory {
  heading(level: HeadingBlock['level'], text: string, align?: BlockAlign): HeadingBlock
  paragraph(text: string, style?: ParagraphBlock['style'], align?: BlockAlign): ParagraphBlock
  list(items: readonly string[], ordered?: boolean): ListBlock
  table(caption: string | null, head: string[], rows: string[][], options?: TableOptions): TableBlock
  /** A two-column table of label/value facts without a header; empty values are left out. */
  facts(rows: [string, string][]): TableBlock
  chart(caption: string | null, categories: string[], series: ChartSeries[], max?: number | null, decimals?: number): ChartBlock
  pageBreak(): ReportBlock
  spacer(height: number): ReportBlock
  /** A bold label followed by the text, or nothing when the text is blank. */
  labelled(label: string, text: string): ReportBlock[]
  /** A bold label followed by a list, or nothing when the list is empty. */
  labelledList(label: string, items: readonly string[], ordered?: boolean): ReportBlock[]
}

/** Whether a text has something to print. */
export function hasText(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim().length > 0
}

/** The non-blank entries of a list, trimmed. */
export function nonBlank(items: readonly string[]): string[] {
  return items.map((i) => i.trim()).filter((i) => i.length > 0)
}

/** Block constructors that tag every block with `section`. */
export function blockFactory(section: BlockSection): BlockFactory {
  const paragraph = (text: string, style: ParagraphBlock['style'] = 'body', align?: BlockAlign): ParagraphBlock => ({
    kind: 'paragraph',
    section,
    text,
    style,
    ...(align ? { align } : {}),
  })
  const list = (items: readonly string[], ordered = false): ListBlock => ({
    kind: 'list',
    section,
    ordered,
    items: [...items],
  })
  return {
    heading: (level, text, align) => ({
      kind: 'heading',
      section,
      level,
      number: null,
      text,
      toc: false,
      ...(align ? { align } : {}),
    }),
    paragraph,
    list,
    table: (caption, head, rows, options = {}) => ({
      kind: 'table',
      section,
      caption,
      variant: 'grid',
      head,
      rows,
      ...options,
    }),
    facts: (rows) => ({
      kind: 'table',
      section,
      caption: null,
      variant: 'plain',
      head: [],
      rows: rows.filter(([, value]) => hasText(value)).map(([k, v]) => [k, v]),
      widths: [28, 72],
    }),
    chart: (caption, categories, series, max = null, decimals = 0) => ({
      kind: 'chart',
      section,
      caption,
      categories,
      series,
      max,
      decimals,
    }),
    pageBreak: () => ({ kind: 'pageBreak', section }),
    spacer: (height) => ({ kind: 'spacer', section, height }),
    labelled: (label, text) => (hasText(text) ? [paragraph(label, 'label'), paragraph(text.trim())] : []),
    labelledList: (label, items, ordered = false) => {
      const kept = nonBlank(items)
      return kept.length > 0 ? [paragraph(label, 'label'), list(kept, ordered)] : []
    },
  }
}
