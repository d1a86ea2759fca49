import type { EvaluationQuestion } from '../model/training'

/** Ids of the questions every new training starts with; their labels come from the language files. */
export const DEFAULT_QUESTION_IDS = ['content', 'facilitators', 'method', 'time', 'venue'] as const

/** One of the default question ids. */
export type DefaultQuestionId = (typeof DEFAULT_QUESTION_IDS)[number]

/**
 * The label of an evaluation question as the app and the report print it: the trainer's own
 * label, else the default label in the chosen language (`defaultLabel`), else the id (an answer
 * to a question that was later removed). The default questions are stored without a label so
 * they read right in either language; one function keeps the screen and the PDF in step.
 */
export function questionLabel(question: EvaluationQuestion | string, defaultLabel: (id: DefaultQuestionId) => string): string {
  const q = typeof question === 'string' ? { id: question, label: '' } : question
  if (q.label.trim()) return q.label.trim()
  const known = DEFAULT_QUESTION_IDS.find((k) => k === q.id)
  return known ? defaultLabel(known) : q.id
}
