import type { Gender, Participant } from '../../../../shared/model/participant'
import { comparableKey } from '../../../../shared/participants/normaliseText'
import { compareNames } from '../../../../shared/lists/compareNames'

/** Which participants the list shows and in which order. */
export interface ListFilter {
  query: string
  gender: Gender | 'all'
  observers: 'all' | 'only' | 'none'
  sort: 'name' | 'organization'
  descending: boolean
}

/** The list as it opens: everyone, by name. */
export const DEFAULT_FILTER: ListFilter = { query: '', gender: 'all', observers: 'all', sort: 'name', descending: false }

/** What the search compares, per participant, made once per list rather than once per keystroke. */
export type SearchIndex = ReadonlyMap<Participant, { text: string; phone: string }>

/** The normalised text and phone digits of each participant, for {@link filterParticipants}. */
export function buildSearchIndex(participants: readonly Participant[]): SearchIndex {
  return new Map(
    participants.map((p) => [
      p,
      {
        text: comparableKey([p.name, p.organization, p.position, p.region, p.email, p.notes].join(' ')),
        phone: p.phone.replace(/\D/g, ''),
      },
    ]),
  )
}

/**
 * Filters and sorts the participant list. The search ignores case, accents and apostrophes
 * ("nuraini" finds "Siti Nur'aini") and looks in every field a trainer would search by.
 * `index` (from buildSearchIndex on the same list) saves normalising every row again.
 */
export function filterParticipants(participants: readonly Participant[], filter: ListFilter, index?: SearchIndex): Participant[] {
  const words = comparableKey(filter.query)
    .split(' ')
    .filter((w) => w !== '')
  const phoneQuery = filter.query.replace(/\D/g, '')
  const shown = participants.filter((p) => {
    if (filter.gender !== 'all' && p.gender !== filter.gender) return false
    if (filter.observers === 'only' && !p.observer) return false
    if (filter.observers === 'none' && p.observer) return false
    if (words.length === 0) return true
    const indexed = index?.get(p) ?? buildSearchIndex([p]).get(p)
    const byText = words.every((w) => indexed?.text.includes(w) === true)
    const byPhone = phoneQuery.length >= 4 && indexed?.phone.includes(phoneQuery) === true
    return byText || byPhone
  })
  const direction = filter.descending ? -1 : 1
  return shown.sort((a, b) => {
    const primary = filter.sort === 'organization' ? compareNames(a.organization, b.organization) : 0
    return direction * (primary || compareNames(a.name, b.name))
  })
}
