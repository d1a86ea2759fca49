import type { TFunction } from 'i18next'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { MAX_DAYS, MIN_DAYS } from '../../../../shared/model/training'

/** Turns a validation message of the training schemas into a sentence in the user's language. */
export function trainingErrorText(t: TFunction, field: 'title' | 'startDate' | 'days', message: string | undefined): string | undefined {
  if (!message) return undefined
  if (field === 'title') {
    return message === 'titleTooLong' || message.includes(String(SHORT_TEXT_MAX))
      ? t('training.errors.titleTooLong', { max: SHORT_TEXT_MAX })
      : t('training.errors.titleRequired')
  }
  if (field === 'days') return t('training.errors.daysRange', { min: MIN_DAYS, max: MAX_DAYS })
  return t('training.errors.dateRequired')
}
