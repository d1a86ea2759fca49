import { z } from 'zod'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { GENDERS } from '../../../../shared/model/participant'
import { cleanText, isPlausibleEmail, isPlausiblePhone, normalisePhone } from '../../../../shared/participants/normaliseText'
import type { ParticipantInput } from '../../data/repositories/participantRepository'

/** The error keys the form shows, under `participants.errors`. */
export type ParticipantFormError = 'nameRequired' | 'tooLong' | 'email' | 'phone'

const oneLine = z.string().max(SHORT_TEXT_MAX, 'tooLong')

/**
 * What the participant form accepts; messages are keys of `participants.errors`. Text is
 * cleaned the way an import cleans it, so typed and imported entries compare alike.
 */
export const participantFormSchema = z.object({
  name: z.string().transform(cleanText).pipe(z.string().min(1, 'nameRequired').max(SHORT_TEXT_MAX, 'tooLong')),
  gender: z.enum(GENDERS),
  organization: z.string().transform(cleanText).pipe(oneLine),
  position: z.string().transform(cleanText).pipe(oneLine),
  region: z.string().transform(cleanText).pipe(oneLine),
  phone: z
    .string()
    .transform(normalisePhone)
    .pipe(oneLine.refine((v) => v === '' || isPlausiblePhone(v), 'phone')),
  email: z
    .string()
    .transform(cleanText)
    .pipe(oneLine.refine((v) => v === '' || isPlausibleEmail(v), 'email')),
  notes: z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().max(LONG_TEXT_MAX, 'tooLong')),
  observer: z.boolean(),
})

/** An empty form. */
export const EMPTY_PARTICIPANT: ParticipantInput = {
  name: '',
  gender: 'unstated',
  organization: '',
  position: '',
  region: '',
  phone: '',
  email: '',
  notes: '',
  observer: false,
}

/** The first error key per field, for Mantine's form `validate`. */
export function participantFormErrors(values: ParticipantInput): Partial<Record<keyof ParticipantInput, ParticipantFormError>> {
  const result = participantFormSchema.safeParse(values)
  if (result.success) return {}
  const errors: Partial<Record<keyof ParticipantInput, ParticipantFormError>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof ParticipantInput
    if (errors[field] === undefined) errors[field] = issue.message as ParticipantFormError
  }
  return errors
}
