import type { CaptionNumber, ReportBlock } from './reportModel'
import type { ReportSectionId } from './reportSections'
import type { ReportTranslate } from '../i18n/report'

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
export function assembleChapters(chapters: readonly ReportChapter[], fill: ReportTranslate): ReportBlock[] {
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
      number: numbered ? fill('chapterNumber', { n: ROMAN[chapterNo - 1] ?? String(chapterNo) }) : null,
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
        text: numbered ? part.title : fill('appendixHeading', { n: i + 1, title: part.title }),
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

/** Stands where a caption's number goes while the caption is split around it. */
const NUMBER_STAND_IN = '\ue002'

/**
 * Numbers captions in print order: "Tabel 3. ..." for tables, "Gambar 2. ..." for charts and
 * photos, so the lists of tables and figures match what the pages show.
 */
export function numberCaptions(blocks: readonly ReportBlock[], fill: ReportTranslate): ReportBlock[] {
  let tables = 0
  let figures = 0
  // The caption filled with a stand-in for its number, split there: Word's numbering field
  // replaces the number, the text around it stays as the translation has it.
  const numbered = (key: 'tableCaption' | 'figureCaption', n: number, title: string): { caption: string; numbered: CaptionNumber } => {
    const [before = '', ...rest] = fill(key, { n: NUMBER_STAND_IN, title }).split(NUMBER_STAND_IN)
    const after = rest.join(String(n))
    return { caption: `${before}${n}${after}`, numbered: { label: before.trim(), n, before, after } }
  }
  return blocks.map((block) => {
    if (block.kind === 'table' && block.caption !== null) {
      tables += 1
      return { ...block, ...numbered('tableCaption', tables, block.caption) }
    }
    if ((block.kind === 'chart' || block.kind === 'image') && block.caption !== null) {
      figures += 1
      return { ...block, ...numbered('figureCaption', figures, block.caption) }
    }
    return block
  })
}
