import { blockFactory } from './blockFactory'
import { letterheadBlocks } from './letterheadBlock'
import { datesOf, placeOf } from './reportContext'
import type { ReportContext } from './reportContext'
import type { ReportBlock, ReportModel } from './reportModel'

/**
 * The title lines every printable sheet starts with: the organisation's letterhead when it has
 * a profile, then sheet name, training, place and dates.
 */
export function sheetTitle(ctx: ReportContext, title: string, subtitle?: string): ReportBlock[] {
  const b = blockFactory('sheet')
  const where = [placeOf(ctx), datesOf(ctx)].filter((s) => s.length > 0).join(' · ')
  return [
    ...letterheadBlocks(ctx, 'sheet'),
    b.heading(1, title.toUpperCase(), 'center'),
    b.paragraph(ctx.data.training.title, 'lead', 'center'),
    b.paragraph(subtitle ? `${subtitle}\n${where}` : where, 'muted', 'center'),
    b.spacer(2),
  ]
}

/**
 * Wraps the blocks of a printable sheet into a model: the training title as running header and
 * "page X of Y" on every page (sheets have no cover).
 */
export function sheetModel(ctx: ReportContext, title: string, orientation: ReportModel['orientation'], blocks: ReportBlock[]): ReportModel {
  return {
    lang: ctx.lang,
    title: `${title}: ${ctx.data.training.title}`,
    orientation,
    chrome: { header: `${ctx.data.training.title} · ${title}`, firstPage: 1 },
    blocks,
  }
}
