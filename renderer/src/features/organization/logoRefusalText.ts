import type { TFunction } from 'i18next'
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '../../../../shared/model/organization'
import type { OrganizationRefusal } from '../../data/repositories/organizationRepository'

/** The limits a logo must keep, for the hint and the messages. */
export const LOGO_LIMITS = { maxKb: Math.round(LOGO_MAX_BYTES / 1024), maxSide: LOGO_MAX_SIDE }

/** Why a profile edit was refused, in the user's language. */
export function organizationRefusalText(t: TFunction, refusal: OrganizationRefusal): string {
  switch (refusal.problem) {
    case 'invalidEmail':
      return t('organization.errors.invalidEmail')
    case 'notPngOrJpeg':
      return t('organization.errors.notPngOrJpeg')
    case 'tooLarge':
      return t('organization.errors.tooLarge', { ...LOGO_LIMITS, kb: Math.ceil(refusal.bytes / 1024) })
    case 'tooManyPixels':
      return t('organization.errors.tooManyPixels', { ...LOGO_LIMITS, width: refusal.width, height: refusal.height })
  }
}
