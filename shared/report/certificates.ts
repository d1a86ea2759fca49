import { blockFactory } from './blockFactory'
import { letterheadBlocks } from './letterheadBlock'
import { createReportContext, datesOf, placeOf } from './reportContext'
import type { ReportLang, ReportModel } from './reportModel'
import type { TrainingSnapshot } from './trainingSnapshot'

/** Options of the certificates. */
export interface CertificateOptions {
  lang: ReportLang
  /** Whom to print for; all participants except observers when omitted. */
  participantIds?: readonly string[]
  /** Date printed above the signatures (YYYY-MM-DD); the last day of the training when omitted. */
  issuedOn?: string
}

/**
 * Certificates of participation, one landscape page per participant: name, training, dates,
 * place, and signature lines for the organiser and the lead trainer (the first team member with
 * the trainer role), under the organisation's letterhead when it has a profile. Pages have a
 * border and no header or footer.
 */
export function buildCertificates(snapshot: TrainingSnapshot, options: CertificateOptions): ReportModel {
  const ctx = createReportContext(snapshot, options.lang)
  const { t, f, fill } = ctx
  const tr = ctx.data.training
  const b = blockFactory('sheet')
  const wanted = options.participantIds ? new Set(options.participantIds) : null
  const people = ctx.data.participants.filter((p) => (wanted ? wanted.has(p.id) : !p.observer))
  const lead = ctx.data.teamMembers.find((m) => m.role === 'trainer') ?? ctx.data.teamMembers[0]
  const issued = options.issuedOn ?? f.dayOf(tr.startDate, tr.days)
  const placeDate = [tr.city.trim(), f.date(issued)].filter((s) => s.length > 0).join(', ')
  const when = fill('certificateWhen', { dates: datesOf(ctx), place: placeOf(ctx) || '–' })
  // The organisation's letterhead, logo included, heads each certificate in the room the top
  // space had; the gaps below shrink a little so the signatures stay on the same page.
  const letterhead = letterheadBlocks(ctx, 'sheet')
  const headed = letterhead.length > 0
  const blocks = people.flatMap((p) => [
    b.pageBreak(),
    ...(headed ? letterhead : [b.spacer(24)]),
    b.paragraph(t.certificateTitle.toUpperCase(), 'display', 'center'),
    b.paragraph(t.certificateGiven, 'muted', 'center'),
    b.spacer(3),
    b.paragraph(p.name, 'display', 'center'),
    ...(p.organization.trim() ? [b.paragraph(p.organization, 'body', 'center')] : []),
    b.spacer(headed ? 5 : 8),
    b.paragraph(t.certificateFor, 'body', 'center'),
    b.paragraph(tr.title, 'lead', 'center'),
    b.paragraph(when, 'body', 'center'),
    b.spacer(headed ? 7 : 14),
    {
      kind: 'signatures' as const,
      section: 'sheet' as const,
      placeDate,
      slots: [
        { label: t.signOrganizer, name: tr.organizer },
        { label: t.signLeadTrainer, name: lead?.name ?? '' },
      ],
    },
  ])
  return {
    lang: ctx.lang,
    title: `${t.certificateTitle}: ${tr.title}`,
    orientation: 'landscape',
    chrome: null,
    frame: true,
    blocks,
  }
}
