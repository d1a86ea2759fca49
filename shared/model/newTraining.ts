import { z } from 'zod'
import { dateString, SHORT_TEXT_MAX } from './common'
import { emptyChapterFields, MAX_DAYS, MIN_DAYS, type EvaluationQuestion, type Training } from './training'
import { parseDraft } from './draftRow'

/** What the "New training" form asks for; the rest gets sensible defaults. */
export const newTrainingInputSchema = z.object({
  title: z.string().trim().min(1, 'titleRequired').max(SHORT_TEXT_MAX, 'titleTooLong'),
  startDate: dateString,
  days: z.number().int().min(MIN_DAYS, 'daysRange').max(MAX_DAYS, 'daysRange'),
})
export type NewTrainingInput = z.infer<typeof newTrainingInputSchema>

/** The default daily evaluation questions (each rated 1-5); ids are stable keys for the report. */
export const DEFAULT_EVALUATION_QUESTIONS: EvaluationQuestion[] = [
  { id: 'content', label: '' },
  { id: 'facilitators', label: '' },
  { id: 'method', label: '' },
  { id: 'time', label: '' },
  { id: 'venue', label: '' },
]

/** Builds a complete, valid training row from the three fields of the "New training" form. */
export function createTraining(input: NewTrainingInput, id: string, now: number): Training {
  const parsed = newTrainingInputSchema.parse(input)
  return parseDraft('trainings', {
    id,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    title: parsed.title,
    kind: 'public',
    status: 'draft',
    organizer: '',
    startDate: parsed.startDate,
    days: parsed.days,
    dailyStart: '08:30',
    dailyEnd: '17:00',
    timeZone: 'WIB',
    venue: '',
    city: '',
    feeAmount: null,
    feeCurrency: 'IDR',
    quotaMin: null,
    quotaMax: null,
    perOrganizationMax: null,
    registrationDue: null,
    paymentDue: null,
    background: '',
    objectives: [],
    expectedOutcomes: [],
    method: '',
    modules: [],
    targetParticipants: '',
    conclusions: '',
    recommendations: '',
    evaluationQuestions: DEFAULT_EVALUATION_QUESTIONS,
    reportSections: null,
    ...emptyChapterFields(),
  })
}

/**
 * The calendar dates of each day of a training, as `YYYY-MM-DD`, computed in UTC so the result
 * does not depend on the computer's time zone.
 */
export function trainingDayDates(startDate: string, days: number): string[] {
  const [y, m, d] = startDate.split('-').map(Number)
  const out: string[] = []
  for (let i = 0; i < days; i += 1) {
    out.push(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + i)).toISOString().slice(0, 10))
  }
  return out
}
