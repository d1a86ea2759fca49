import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { venueClock, venueDateTime } from './venueClock'

// 02:30 UTC on 6 August 2019: 09:30 in Jakarta (UTC+7), 11:30 in Jayapura (UTC+9).
const at = Date.UTC(2019, 7, 6, 2, 30)
// A venue whose zone is not this machine's, whatever the machine's is.
const machineOffset = -new Date(at).getTimezoneOffset()
const venue = machineOffset === 9 * 60 ? { timeZone: 'Asia/Jakarta', clock: '09:30' } : { timeZone: 'Asia/Jayapura', clock: '11:30' }

describe('the time a problem was noted, as the cockpit and the overview show it', () => {
  it("is the venue's wall-clock time, not this computer's", () => {
    expect(format(at, 'HH:mm')).not.toBe(venue.clock)
    expect(venueClock({ timeZone: venue.timeZone }, at)).toBe(venue.clock)
    expect(venueDateTime({ timeZone: venue.timeZone }, at)).toBe(`06.08.2019 ${venue.clock}`)
  })

  it('rolls over to the venue date near midnight', () => {
    const late = Date.UTC(2019, 7, 6, 16, 10)
    expect(venueDateTime({ timeZone: 'Asia/Jayapura' }, late)).toBe('07.08.2019 01:10')
  })

  it("falls back to this computer's zone when the training has none", () => {
    expect(venueClock({ timeZone: '' }, at)).toBe(format(at, 'HH:mm'))
  })
})
