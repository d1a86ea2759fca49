import { useTranslation } from 'react-i18next'
import type { EvaluationQuestion } from '../../../../shared/model/training'

const KNOWN = ['content', 'facilitators', 'method', 'time', 'venue'] as const

/** The label of an evaluation question: the trainer's own label, else the default one in the UI language. */
export function useQuestionLabel(): (question: EvaluationQuestion | string) => string {
  const { t } = useTranslation()
  return (question) => {
    const q = typeof question === 'string' ? { id: question, label: '' } : question
    if (q.label.trim()) return q.label
    const known = KNOWN.find((k) => k === q.id)
    return known ? t(`evaluation.questions.${known}`) : q.id
  }
}
