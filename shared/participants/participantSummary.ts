import { GENDERS, type Gender, type Participant } from '../model/participant'
import { cleanText, comparableKey } from './normaliseText'
import { compareNames } from '../lists/compareNames'

/** One line of a participant table: a value, how many participants have it, split by gender. */
export interface SummaryRow {
  /** The value as written (the most common spelling); '' for "not stated". */
  key: string
  count: number
  /** The same count split by gender, for the L/P columns of a donor table. */
  genders: Record<Gender, number>
}

/** The participant tables of a post-training report. */
export interface ParticipantSummary {
  /** Participants counted: not observers, not deleted. */
  total: number
  /** Observers (not deleted), counted apart. */
  observers: number
  /** Female and male always, other and unstated when present, in that order. */
  byGender: SummaryRow[]
  /** Most participants first, then alphabetically; "not stated" last. */
  byOrganization: SummaryRow[]
  byRegion: SummaryRow[]
  byPosition: SummaryRow[]
}

function zeroGenders(): Record<Gender, number> {
  return { female: 0, male: 0, other: 0, unstated: 0 }
}

/**
 * Counts participants by a text field. Spellings that differ only in case, accents or spacing
 * ("Kab. Malang", "kab malang") are one row, shown with the spelling most of them use.
 */
function countBy(participants: readonly Participant[], valueOf: (p: Participant) => string): SummaryRow[] {
  const groups = new Map<string, { spellings: Map<string, number>; genders: Record<Gender, number>; count: number }>()
  for (const p of participants) {
    const value = cleanText(valueOf(p))
    const key = comparableKey(value)
    const group = groups.get(key) ?? { spellings: new Map<string, number>(), genders: zeroGenders(), count: 0 }
    group.count++
    group.genders[p.gender]++
    group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1)
    groups.set(key, group)
  }
  const rows = [...groups.entries()].map(([key, g]): SummaryRow => {
    const spelling = key === '' ? '' : [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))[0]?.[0]
    return { key: spelling ?? '', count: g.count, genders: g.genders }
  })
  return rows.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1
    return b.count - a.count || compareNames(a.key, b.key)
  })
}

/**
 * The counts a donor report needs: participants by gender, organisation, region and
 * position, plus the total and the observers. Deleted participants are left out; observers
 * are counted only in `observers`.
 */
export function participantSummary(participants: readonly Participant[]): ParticipantSummary {
  const live = participants.filter((p) => p.deletedAt === null)
  const counted = live.filter((p) => !p.observer)

  const byGender = GENDERS.map((gender): SummaryRow => {
    const genders = zeroGenders()
    genders[gender] = counted.filter((p) => p.gender === gender).length
    return { key: gender, count: genders[gender], genders }
  }).filter((row) => row.key === 'female' || row.key === 'male' || row.count > 0)

  return {
    total: counted.length,
    observers: live.length - counted.length,
    byGender,
    byOrganization: countBy(counted, (p) => p.organization),
    byRegion: countBy(counted, (p) => p.region),
    byPosition: countBy(counted, (p) => p.position),
  }
}
