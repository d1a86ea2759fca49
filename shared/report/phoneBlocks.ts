import { blockFactory } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/** How many of what phones sent over the venue link is in the report. */
export interface PhoneCounts {
  cards: number
  votes: number
  forms: number
  tests: number
  notes: number
}

/**
 * Counts what came from phones and is still in the report: cards still on a board and not
 * hidden, votes on such cards, evaluation forms still kept, test answers, and co-trainers'
 * entries.
 */
export function countFromPhones(ctx: ReportContext): PhoneCounts {
  const ideas = new Map(ctx.data.ideas.map((i) => [i.id, i]))
  const evaluations = new Set(ctx.data.evaluations.map((e) => e.id))
  const counts: PhoneCounts = { cards: 0, votes: 0, forms: 0, tests: 0, notes: 0 }
  const forms = new Set<string>()
  for (const r of ctx.data.venueReceipts ?? []) {
    if (r.kind === 'card' && r.rowId !== null && ideas.has(r.rowId) && r.review !== 'hidden') counts.cards += 1
    else if (r.kind === 'vote' && r.rowId !== null && ideas.has(r.rowId)) counts.votes += 1
    else if (r.kind === 'evaluation' && r.rowId !== null && evaluations.has(r.rowId)) forms.add(r.rowId)
    else if (r.kind === 'prepost') counts.tests += 1
    else if (r.kind === 'observation' || r.kind === 'group-output' || r.kind === 'process-note' || r.kind === 'attendance')
      counts.notes += 1
  }
  counts.forms = forms.size
  return counts
}

/** One paragraph saying how much came from phones; nothing when the venue link was not used. */
export function phoneBlocks(ctx: ReportContext): ReportBlock[] {
  const counts = countFromPhones(ctx)
  if (Object.values(counts).every((n) => n === 0)) return []
  return [blockFactory('sessions').paragraph(ctx.fill('fromPhonesSummary', { ...counts }))]
}
