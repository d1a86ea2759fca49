import { blockFactory, hasText } from './blockFactory'
import { forewordText } from './defaultForeword'
import { datesOf, placeOf } from './reportContext'
import type { ReportContext } from './reportContext'
import type { HeadingBlock, ReportBlock, SignaturesBlock } from './reportModel'
import type { ReportSectionId } from './reportSections'

/** An unnumbered front matter title ("HALAMAN PENGESAHAN"), listed in the contents. */
function frontTitle(section: ReportSectionId, text: string): HeadingBlock {
  return { kind: 'heading', section, level: 1, number: null, text: text.toUpperCase(), toc: true }
}

/** "Yogyakarta, 9 Agustus 2019": the approval's place (else the training's city) and date. */
export function approvalPlaceDate(ctx: ReportContext): string {
  const { approval, city } = ctx.data.training
  const place = approval.place.trim() || city.trim()
  const date = approval.date ? ctx.f.date(approval.date) : ''
  if (place && date) return ctx.fill('placeDate', { place, date })
  return place || date
}

/**
 * The approval page (halaman pengesahan): the training's facts, then "Mengetahui" and "Disusun
 * oleh" with positions, room to sign and names, under the place and date. Left out until a name
 * or position is filled in; a side with nothing filled in is left out.
 */
export function approvalBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fill } = ctx
  const tr = ctx.data.training
  const a = tr.approval
  const slots: SignaturesBlock['slots'] = []
  if (hasText(a.acknowledgedByName) || hasText(a.acknowledgedByPosition)) {
    slots.push({ label: t.approvalAcknowledgedBy, position: a.acknowledgedByPosition.trim(), name: a.acknowledgedByName.trim() })
  }
  if (hasText(a.preparedByName) || hasText(a.preparedByPosition)) {
    slots.push({ label: t.approvalPreparedBy, position: a.preparedByPosition.trim(), name: a.preparedByName.trim() })
  }
  if (slots.length === 0) return []
  const b = blockFactory('approval')
  return [
    { kind: 'pageBreak', section: 'approval' },
    frontTitle('approval', t.approvalTitle),
    b.spacer(4),
    b.paragraph(t.approvalIntro),
    b.facts([
      [t.approvalActivity, tr.title],
      [t.organizer, tr.organizer],
      [t.dates, datesOf(ctx)],
      [t.venue, placeOf(ctx)],
      [t.approvalParticipants, ctx.counted.length > 0 ? fill('approvalParticipantsCount', { n: ctx.counted.length }) : ''],
    ]),
    b.spacer(14),
    { kind: 'signatures', section: 'approval', placeDate: approvalPlaceDate(ctx), slots },
  ]
}

/**
 * The foreword (kata pengantar): the trainer's text or the default built from the training's
 * facts, closed with place, date and who prepared the report.
 */
export function forewordBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx
  const b = blockFactory('foreword')
  const text = forewordText(ctx.data.training, ctx.data.participants, ctx.lang)
  const signer = ctx.data.training.approval.preparedByName.trim() || t.forewordSignoff
  const placeDate = approvalPlaceDate(ctx)
  return [
    { kind: 'pageBreak', section: 'foreword' },
    frontTitle('foreword', t.foreword),
    b.spacer(4),
    ...text.split(/\n\s*\n/).map((paragraph) => b.paragraph(paragraph.trim())),
    b.spacer(8),
    ...(placeDate ? [b.paragraph(placeDate, 'body', 'right')] : []),
    b.paragraph(signer, 'label', 'right'),
  ]
}
