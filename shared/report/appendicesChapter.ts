import type { Photo } from '../model/photo'
import type { ReportChapter } from './assembleChapters'
import { actionPlanBlocks } from './actionPlanBlocks'
import { attendanceListBlocks } from './attendanceBlocks'
import { evaluationFormBlocks } from './evaluationForm'
import { prePostSheetBlocks } from './prePostSheet'
import { teamProfileBlocks } from './teamProfiles'
import { blockFactory, hasText, nonBlank } from './blockFactory'
import { datesOf, dayTitle, placeOf } from './reportContext'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'
import { photoDataUrl } from './photoImage'
import { scheduleBlocks } from './scheduleBlocks'

/** The terms of reference as announced: the facts first, then the texts. */
function torBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill, ui } = ctx
  const tr = ctx.data.training
  const hasContent = hasText(tr.background) || nonBlank(tr.objectives).length > 0 || hasText(tr.method) || hasText(tr.targetParticipants)
  if (!hasContent) return []
  const b = blockFactory('appendix-tor')
  const quota = tr.quotaMin !== null || tr.quotaMax !== null ? fill('quotaRange', { min: tr.quotaMin ?? 0, max: tr.quotaMax ?? '' }) : ''
  return [
    b.paragraph(tr.title, 'lead'),
    b.facts([
      [t.trainingKind, ui.tor.kinds[tr.kind]],
      [t.organizer, tr.organizer],
      [t.dates, datesOf(ctx)],
      [t.dailyHours, `${f.clock(tr.dailyStart)}–${f.clock(tr.dailyEnd)} ${f.zoneLabel}`],
      [t.venue, placeOf(ctx)],
      [t.fee, tr.feeAmount === null ? '' : f.money(tr.feeAmount, tr.feeCurrency)],
      [t.quota, quota],
      [t.perOrganization, tr.perOrganizationMax === null ? '' : fill('perOrganizationMax', { n: tr.perOrganizationMax })],
      [t.registrationDue, tr.registrationDue === null ? '' : f.date(tr.registrationDue)],
      [t.paymentDue, tr.paymentDue === null ? '' : f.date(tr.paymentDue)],
    ]),
    ...b.labelled(t.background, tr.background),
    ...b.labelledList(t.objectives, tr.objectives, true),
    ...b.labelledList(t.expectedOutputs, tr.expectedOutcomes, true),
    ...b.labelled(t.methods, tr.method),
    ...b.labelledList(
      t.modules,
      tr.modules.map((m) => m.title),
      true,
    ),
    ...b.labelled(t.targetGroup, tr.targetParticipants),
  ]
}

/**
 * The photos, grouped under a heading per training day in the order of the day's sessions,
 * each captioned with its session and the day and date it was taken; photos of no session last.
 */
function photoBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill } = ctx
  const b = blockFactory('appendix-photos')
  const sessionById = new Map(ctx.data.sessions.map((s, i) => [s.id, { session: s, index: i }]))
  const sessionOf = (photo: Photo) => (photo.sessionId === null ? undefined : sessionById.get(photo.sessionId))
  // Sessions are sorted by day and order; a stable sort keeps each session's photos in their order.
  const photos = [...ctx.data.photos].sort((a, b) => (sessionOf(a)?.index ?? Infinity) - (sessionOf(b)?.index ?? Infinity))
  const blocks: ReportBlock[] = []
  let group: number | null | undefined
  photos.forEach((photo, i) => {
    const session = sessionOf(photo)?.session
    const day = session?.day ?? null
    if (day !== group) {
      blocks.push(b.heading(3, day === null ? t.otherPhotos : dayTitle(ctx, day)))
      group = day
    }
    const caption = hasText(photo.caption) ? photo.caption.trim() : fill('photoN', { n: i + 1 })
    const when = session
      ? {
          caption,
          session: session.title.trim(),
          day: fill('dayN', { n: session.day }),
          date: f.weekdayDate(f.dayOf(ctx.data.training.startDate, session.day)),
        }
      : null
    blocks.push({
      kind: 'image',
      section: 'appendix-photos',
      caption: when === null ? caption : fill(hasText(when.session) ? 'photoCaption' : 'photoCaptionDay', when),
      dataUrl: photoDataUrl(ctx.data.photoFiles, photo),
      width: photo.width,
      height: photo.height,
    })
  })
  return blocks
}

/**
 * The appendices, each on its own page: TOR, profiles of resource persons and facilitators,
 * attendance list with signatures, agenda, pre/post test sheet, the blank evaluation form, the
 * action plans and the photos.
 */
export function appendicesChapter(ctx: ReportContext): ReportChapter {
  const { t } = ctx
  const part = (section: ReportChapter['parts'][number]['section'], title: string, build: () => ReportBlock[]) => ({
    section,
    title,
    blocks: ctx.has(section) ? build() : [],
    newPage: true,
  })
  return {
    section: 'appendix-tor',
    title: t.appendices,
    style: 'appendix',
    parts: [
      part('appendix-tor', t.torTitle, () => torBlocks(ctx)),
      part('appendix-team', t.appendixTeam, () => teamProfileBlocks(ctx)),
      part('appendix-attendance', t.attendanceList, () => attendanceListBlocks(ctx, 'appendix-attendance')),
      part('appendix-agenda', t.agenda, () => scheduleBlocks(ctx, { section: 'appendix-agenda', withObjectives: true, dayHeadings: true })),
      part('appendix-pre-post', t.appendixPrePost, () => prePostSheetBlocks(ctx)),
      part('appendix-evaluation-form', t.appendixEvaluationForm, () => evaluationFormBlocks(ctx)),
      part('appendix-action-plans', t.actionPlans, () => actionPlanBlocks(ctx, 'appendix-action-plans', t.actionPlansCaption, true)),
      part('appendix-photos', t.photos, () => photoBlocks(ctx)),
    ],
  }
}
