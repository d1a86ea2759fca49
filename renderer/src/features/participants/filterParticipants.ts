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

/**
 * Filters and sorts the participant list. The search ignores case, accents and apostrophes
 * ("nuraini" finds "Siti Nur'aini") and looks in every field a trainer would search by.
 */
export function filterParticipants(participants: readonly Participant[], filter: ListFilter): Participant[] {
  const words = comparableKey(filter.query).split(' ').filter((w) => w !== '')
  const phoneQuery = filter.query.replace(/\D/g, '')
  const shown = participants.filter((p) => {
    if (filter.gender !== 'all' && p.gender !== filter.gender) return false
    if (filter.observers === 'only' && !p.observer) return false
    if (filter.observers === 'none' && p.observer) return false
    if (words.length === 0) return true
    const haystack = comparableKey([p.name, p.organization, p.position, p.region, p.email, p.notes].join(' '))
    const byText = words.every((w) => haystack.includes(w))
    const byPhone = phoneQuery.length >= 4 && p.phone.replace(/\D/g, '').includes(phoneQuery)
    return byText || byPhone
  })
  const direction = filter.descending ? -1 : 1
  return shown.sort((a, b) => {
    const primary = filter.sort === 'organization' ? compareNames(a.organization, b.organization) : 0
    return direction * (primary || compareNames(a.name, b.name))
  })
}
