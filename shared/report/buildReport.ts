import { appendicesChapter } from './appendicesChapter'
import { assembleChapters, numberCaptions } from './assembleChapters'
import { closingChapter } from './closingChapter'
import { designChapter } from './designChapter'
import { approvalBlocks, forewordBlocks } from './frontMatter'
import { implementationChapter } from './implementationChapter'
import { introductionChapter } from './introductionChapter'
import { letterheadBlocks } from './letterheadBlock'
import { createReportContext, datesOf, placeOf } from './reportContext'
import type { ReportContext } from './reportContext'
import type { CoverBlock, ReportBlock, ReportLang, ReportModel } from './reportModel'
import type { ReportSectionId } from './reportSections'
import type { TrainingSnapshot } from './trainingSnapshot'

/** What to print and how. */
export interface BuildReportOptions {
  lang: ReportLang
  /** The sections chosen; order does not matter, the report keeps its own. */
  sections: readonly ReportSectionId[]
  /** When the report was made (epoch ms), printed on the cover. */
  generatedAt: number
  /**
   * A logo to centre on the cover, as a data URL. The organisation's own logo needs none: it
   * comes with its profile in the snapshot and prints in the letterhead at the top of the cover.
   */
  logo?: string | null
}

function coverBlock(ctx: ReportContext, generatedAt: number, logo: string | null): CoverBlock {
  const { t, f, fill } = ctx
  const tr = ctx.data.training
  const preparedBy = tr.approval.preparedByName.trim()
  const lines = [
    tr.organizer.trim() ? fill('organisedBy', { name: tr.organizer.trim() }) : '',
    placeOf(ctx),
    datesOf(ctx),
    preparedBy ? fill('preparedByLine', { name: preparedBy }) : '',
  ].filter((l) => l.length > 0)
  return {
    kind: 'cover',
    section: 'cover',
    overline: t.reportTitle.toUpperCase(),
    title: tr.title,
    lines,
    logo,
    footer: fill('preparedOn', { date: f.dateTime(generatedAt) }),
  }
}

/**
 * Builds the full post-training report (laporan pelatihan) from a training snapshot, the way
 * Indonesian trainers hand it in: cover, approval page, foreword, contents (the front matter,
 * numbered i, ii, iii), then BAB I introduction, II training design, III implementation,
 * IV closing and the appendices, numbered from 1. Deleted rows are ignored and any part without
 * data is left out rather than printed empty. Pure: same input, same model.
 */
export function buildReport(snapshot: TrainingSnapshot, options: BuildReportOptions): ReportModel {
  const ctx = createReportContext(snapshot, options.lang, options.sections)
  const { t, fill } = ctx
  const body = numberCaptions(
    assembleChapters(
      [introductionChapter(ctx), designChapter(ctx), implementationChapter(ctx), closingChapter(ctx), appendicesChapter(ctx)],
      fill,
    ),
    fill,
  )
  const blocks: ReportBlock[] = []
  const withCover = ctx.has('cover')
  if (withCover) blocks.push(...letterheadBlocks(ctx, 'cover'), coverBlock(ctx, options.generatedAt, options.logo ?? null))
  if (ctx.has('approval')) blocks.push(...approvalBlocks(ctx))
  if (ctx.has('foreword')) blocks.push(...forewordBlocks(ctx))
  if (ctx.has('contents') && body.length > 0) {
    blocks.push({ kind: 'pageBreak', section: 'contents' })
    blocks.push({
      kind: 'contents',
      section: 'contents',
      title: t.contents.toUpperCase(),
      tablesTitle: t.listOfTables.toUpperCase(),
      figuresTitle: t.listOfFigures.toUpperCase(),
    })
  }
  const bodyStart = blocks.length
  blocks.push(...body)
  return {
    lang: options.lang,
    title: `${t.reportTitle}: ${ctx.data.training.title}`,
    orientation: 'portrait',
    chrome: { header: ctx.data.training.title, firstPage: withCover ? 2 : 1, bodyStart },
    blocks,
  }
}
