import { GENDERS } from '../model/participant'
import type { Participant } from '../model/participant'
import { blockFactory } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'
import { compareNames } from '../lists/compareNames'

/** A label and how many participants have it. */
export interface Tally {
  label: string
  count: number
}

/**
 * Counts participants by a text field, most frequent first, then alphabetically; blank values
 * are counted under `blank`.
 */
export function tallyBy(participants: readonly Participant[], field: (p: Participant) => string, blank: string): Tally[] {
  const counts = new Map<string, number>()
  for (const p of participants) {
    const key = field(p).trim() || blank
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || compareNames(a.label, b.label))
}

/**
 * Part II "Participants": how many took part, then tables by gender (with a bar chart),
 * organisation (split by gender), region and position. Observers are not counted.
 */
export function participantBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, f, fill, ui } = ctx
  const people = ctx.counted
  if (people.length === 0) return []
  const b = blockFactory('participants')
  const n = people.length
  const share = (count: number): string => f.percent(count / n)
  const orgs = tallyBy(people, (p) => p.organization, t.notStated)
  const observers = ctx.data.participants.length - n

  const genders = GENDERS.map((g) => ({ g, count: people.filter((p) => p.gender === g).length })).filter((x) => x.count > 0)
  const genderRows = genders.map(({ g, count }) => [ui.participants.genders[g], String(count), share(count)])

  const orgRows = orgs.map(({ label, count }) => {
    const members = people.filter((p) => (p.organization.trim() || t.notStated) === label)
    const female = members.filter((p) => p.gender === 'female').length
    const male = members.filter((p) => p.gender === 'male').length
    return [label, String(female), String(male), String(count)]
  })
  const simple = (tallies: Tally[]): string[][] => tallies.map(({ label, count }) => [label, String(count), share(count)])
  const right: ('left' | 'right')[] = ['left', 'right', 'right', 'right']

  const blocks: ReportBlock[] = [
    b.paragraph(
      fill('participantsIntro', { n, orgs: orgs.filter((o) => o.label !== t.notStated).length }) +
        (observers > 0 ? ` ${fill('observersNote', { n: observers })}` : ''),
    ),
    b.table(t.byGender, [t.colGender, t.colCount, t.colShare], genderRows, {
      widths: [50, 25, 25],
      align: right,
      foot: [t.total, String(n), share(n)],
    }),
    b.chart(
      t.byGender,
      genders.map(({ g }) => ui.participants.genders[g]),
      [{ name: t.colCount, values: genders.map((x) => x.count) }],
    ),
    b.table(t.byOrganization, [t.colOrganization, ui.participants.genders.female, ui.participants.genders.male, t.total], orgRows, {
      widths: [55, 15, 15, 15],
      align: right,
    }),
    b.table(t.byRegion, [t.colRegion, t.colCount, t.colShare], simple(tallyBy(people, (p) => p.region, t.notStated)), {
      widths: [50, 25, 25],
      align: right,
    }),
    b.table(t.byPosition, [t.colPosition, t.colCount, t.colShare], simple(tallyBy(people, (p) => p.position, t.notStated)), {
      widths: [50, 25, 25],
      align: right,
    }),
  ]
  return blocks
}
