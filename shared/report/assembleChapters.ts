import type { CaptionNumber, ReportBlock } from './reportModel'
import type { ReportSectionId } from './reportSections'
import { fill } from './reportStrings'
import type { ReportStrings } from './reportStrings'

/** A numbered part of a chapter (1.1 Background); left out when it has no blocks. */
export interface ReportPart {
  section: ReportSectionId
  title: string
  blocks: ReportBlock[]
  /** Start the part on a new page (appendices). */
  newPage?: boolean
}

/** A chapter of the full report: I to IV are numbered, the appendices are not. */
export interface ReportChapter {
  section: ReportSectionId
  title: string
  parts: ReportPart[]
  /** How parts are titled: "1.2 Tujuan" or "Lampiran 2: Daftar Hadir". */
  style: 'numbered' | 'appendix'
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/**
 * Turns chapters into blocks: drops empty parts and chapters, numbers what is left so numbers
 * stay consecutive (BAB I, BAB II...; 1.1, 1.2...; 3.1.1 for level-3 headings), and starts each
 * chapter on a new page.
 */
export function assembleChapters(chapters: readonly ReportChapter[], t: ReportStrings): ReportBlock[] {
  const out: ReportBlock[] = []
  let chapterNo = 0
  for (const chapter of chapters) {
    const parts = chapter.parts.filter((p) => p.blocks.length > 0)
    if (parts.length === 0) continue
    const numbered = chapter.style === 'numbered'
    if (numbered) chapterNo += 1
    out.push({ kind: 'pageBreak', section: chapter.section })
    out.push({
      kind: 'heading',
      section: parts[0]?.section ?? chapter.section,
      level: 1,
      // "BAB I" / "CHAPTER I", as an Indonesian report titles its chapters.
      number: numbered ? fill(t.chapterNumber, { n: ROMAN[chapterNo - 1] ?? String(chapterNo) }) : null,
      text: chapter.title.toUpperCase(),
      toc: true,
    })
    parts.forEach((part, i) => {
      if (part.newPage && i > 0) out.push({ kind: 'pageBreak', section: part.section })
      out.push({
        kind: 'heading',
        section: part.section,
        level: 2,
        number: numbered ? `${chapterNo}.${i + 1}` : null,
        text: numbered ? part.title : fill(t.appendixHeading, { n: i + 1, title: part.title }),
        toc: true,
      })
      let sub = 0
      for (const block of part.blocks) {
        if (numbered && block.kind === 'heading' && block.level === 3) {
          sub += 1
          out.push({ ...block, number: `${chapterNo}.${i + 1}.${sub}` })
        } else {
          out.push(block)
        }
      }
    })
  }
  return out
}

/**
 * Numbers captions in print order: "Tabel 3. ..." for tables, "Gambar 2. ..." for charts and
 * photos, so the lists of tables and figures match what the pages show.
 */
export function numberCaptions(blocks: readonly ReportBlock[], t: ReportStrings): ReportBlock[] {
  let tables = 0
  let figures = 0
  const numbered = (template: string, n: number, title: string): { caption: string; numbered: CaptionNumber } => {
    const [head = '', ...tail] = template.split('{n}')
    const before = fill(head, { title })
    const after = fill(tail.join(String(n)), { title })
    return { caption: `${before}${n}${after}`, numbered: { label: before.trim() || head.trim(), n, before, after } }
  }
  return blocks.map((block) => {
    if (block.kind === 'table' && block.caption !== null) {
      tables += 1
      return { ...block, ...numbered(t.tableCaption, tables, block.caption) }
    }
    if ((block.kind === 'chart' || block.kind === 'image') && block.caption !== null) {
      figures += 1
      return { ...block, ...numbered(t.figureCaption, figures, block.caption) }
    }
    return block
  })
}
