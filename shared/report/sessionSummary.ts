import { blockFactory } from './blockFactory'
import { createReportContext, dayTitle, plannedRange } from './reportContext'
import type { ReportLang, ReportModel } from './reportModel'
import { sessionContent } from './sessionBlocks'
import { sheetModel, sheetTitle } from './sheetModel'
import { photoDataUrl } from './photoImage'
import type { TrainingSnapshot } from './trainingSnapshot'

/**
 * A one-session summary to hand out or file: planned vs actual time, method, facilitators,
 * objectives, process notes and observations, brainstorm results, role plays, group outputs and
 * the session's photos. Throws when the session does not exist (or was deleted).
 */
export function buildSessionSummary(snapshot: TrainingSnapshot, sessionId: string, options: { lang: ReportLang }): ReportModel {
  const ctx = createReportContext(snapshot, options.lang)
  const session = ctx.data.sessions.find((s) => s.id === sessionId)
  if (!session) throw new Error(`No session ${sessionId} in this training.`)
  const b = blockFactory('sheet')
  const range = plannedRange(ctx, session)
  const photos = ctx.data.photos
    .filter((p) => p.sessionId === session.id)
    .map((p) => ({
      kind: 'image' as const,
      section: 'sheet' as const,
      caption: p.caption.trim() || null,
      dataUrl: photoDataUrl(ctx.data.photoFiles, p),
      width: p.width,
      height: p.height,
    }))
  const blocks = [
    ...sheetTitle(ctx, ctx.t.sessionSummaryTitle, `${dayTitle(ctx, session.day)}${range ? ` · ${range}` : ''}`),
    b.heading(2, session.title),
    ...sessionContent(ctx, session),
    ...(photos.length > 0 ? [b.paragraph(ctx.t.photos, 'label'), ...photos] : []),
  ]
  return sheetModel(ctx, ctx.t.sessionSummaryTitle, 'portrait', blocks)
}
