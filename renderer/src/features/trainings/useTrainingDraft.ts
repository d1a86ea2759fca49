import { useRef, useState } from 'react'
import { withDefaults } from '../../../../shared/model/rowDefaults'
import { trainingSchema, type Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { updateTraining, type TrainingPatch } from '../../data/repositories/trainingRepository'
import { useAutosave } from '../../ui/useAutosave'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { AMOUNT_MESSAGE, type BudgetLine } from '../../../../shared/model/budget'

/** A line of the realisation table while typed: an amount is `''` while empty. */
export type DraftBudgetLine = Omit<BudgetLine, 'budget' | 'realised'> & { budget: number | string | null; realised: number | string | null }

/** Fields the overview edits; numbers are `''` while empty, dates `''` when unset. */
export type Draft = Omit<
  Training,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'evaluationQuestions'
  | 'reportSections'
  | 'approval'
  | 'foreword'
  | 'testQuestions'
  | 'days'
  | 'feeAmount'
  | 'quotaMin'
  | 'quotaMax'
  | 'perOrganizationMax'
  | 'registrationDue'
  | 'paymentDue'
  | 'budgetAmount'
  | 'budgetLines'
> & {
  days: number | string
  feeAmount: number | string
  quotaMin: number | string
  quotaMax: number | string
  perOrganizationMax: number | string
  registrationDue: string
  paymentDue: string
  budgetAmount: number | string
  budgetLines: DraftBudgetLine[]
}

/** Why a field was not saved: a message key of the `tor.errors` or `training.errors` strings. */
export type DraftErrors = Partial<Record<keyof Draft, string>>

const NULLABLE_NUMBERS = ['feeAmount', 'quotaMin', 'quotaMax', 'perOrganizationMax', 'budgetAmount'] as const
const NULLABLE_DATES = ['registrationDue', 'paymentDue'] as const

function toDraft(t: Training): Draft {
  // The Reports and Evaluation tabs edit the approval page, foreword and test questions: the overview
  // saves every field of its draft, so it must not hold (and write back) an older copy of them.
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    evaluationQuestions: _e,
    reportSections: _r,
    approval: _a,
    foreword: _f,
    testQuestions: _q,
    ...rest
  } = withDefaults('trainings', t)
  return {
    ...rest,
    feeAmount: t.feeAmount ?? '',
    quotaMin: t.quotaMin ?? '',
    quotaMax: t.quotaMax ?? '',
    perOrganizationMax: t.perOrganizationMax ?? '',
    registrationDue: t.registrationDue ?? '',
    paymentDue: t.paymentDue ?? '',
    budgetAmount: rest.budgetAmount ?? '',
  }
}

function errorKey(field: keyof Draft, message: string): string {
  if (field === 'title') return message.includes(String(SHORT_TEXT_MAX)) ? 'training.errors.titleTooLong' : 'training.errors.titleRequired'
  if (field === 'days') return 'training.errors.daysRange'
  if (field === 'startDate') return 'training.errors.dateRequired'
  if (field === 'dailyStart' || field === 'dailyEnd') return 'tor.errors.time'
  if (message === AMOUNT_MESSAGE) return 'tor.errors.amount'
  if ((NULLABLE_NUMBERS as readonly string[]).includes(field)) return 'tor.errors.number'
  if ((NULLABLE_DATES as readonly string[]).includes(field)) return 'tor.errors.date'
  return 'tor.errors.tooLong'
}

/** Splits a draft into the patch of its valid fields and the errors of the others. */
export function validateDraft(draft: Draft): { patch: TrainingPatch; errors: DraftErrors } {
  const values: Record<string, unknown> = { ...draft }
  if (draft.title.trim() === '') values.title = draft.title.trim()
  for (const key of NULLABLE_NUMBERS) values[key] = draft[key] === '' ? null : draft[key]
  for (const key of NULLABLE_DATES) values[key] = draft[key] === '' ? null : draft[key]
  const amount = (value: number | string | null) => (value === '' ? null : value)
  values.budgetLines = draft.budgetLines.map((l) => ({ ...l, budget: amount(l.budget), realised: amount(l.realised) }))
  const patch: Record<string, unknown> = {}
  const errors: DraftErrors = {}
  for (const [key, value] of Object.entries(values)) {
    const field = key as keyof Draft
    const schema = trainingSchema.shape[field]
    const result = schema.safeParse(value)
    const emptyTitle = field === 'title' && typeof value === 'string' && value.trim() === ''
    if (result.success && !emptyTitle) patch[key] = result.data
    else errors[field] = errorKey(field, result.success ? '' : (result.error.issues[0]?.message ?? ''))
  }
  if (typeof patch.dailyStart === 'string' && typeof patch.dailyEnd === 'string' && patch.dailyEnd <= patch.dailyStart) {
    errors.dailyEnd = 'tor.errors.endBeforeStart'
    delete patch.dailyEnd
  }
  if (typeof patch.quotaMin === 'number' && typeof patch.quotaMax === 'number' && patch.quotaMin > patch.quotaMax) {
    errors.quotaMin = 'tor.errors.quota'
    delete patch.quotaMin
  }
  return { patch, errors }
}

/**
 * The overview's editable copy of a training. Every change is kept on screen as typed; the
 * valid fields are saved as you type (debounced, flushed on blur, route change and hide).
 */
export function useTrainingDraft(training: Training) {
  const { data } = useData()
  const [draft, setDraft] = useState<Draft>(() => toDraft(training))
  // The newest draft, so quick changes build on each other without scheduling from inside a state
  // updater (React may run those during render, where marking the save status dirty must not happen).
  const latest = useRef(draft)
  const { schedule, flush } = useAutosave((patch: TrainingPatch) => updateTraining(data, training.id, patch), {
    draft: { table: 'trainings', id: training.id },
  })
  const { errors } = validateDraft(draft)

  function set<K extends keyof Draft>(field: K, value: Draft[K]): void {
    const next = { ...latest.current, [field]: value }
    latest.current = next
    setDraft(next)
    schedule(validateDraft(next).patch)
  }

  return { draft, errors, set, flush }
}
