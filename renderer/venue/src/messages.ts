import type { VenueRefusal } from '../../../shared/venue/protocol'
import type { VenueStringKey } from '../../../shared/i18n/venue'
import type { RequestFailure } from './api'

/** The message key of a failed request, in the user's language. */
export function failureKey(failure: RequestFailure): VenueStringKey {
  return `error.${failure}`
}

/** The message key of the laptop's refusal. */
export function refusalKey(reason: VenueRefusal): VenueStringKey {
  return `refused.${reason}`
}
