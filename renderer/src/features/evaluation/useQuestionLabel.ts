import { useTranslation } from 'react-i18next'
import { questionLabel } from '../../../../shared/capture/questionLabel'
import type { EvaluationQuestion } from '../../../../shared/model/training'

/** The label of an evaluation question: the trainer's own label, else the default one in the UI language. */
export function useQuestionLabel(): (question: EvaluationQuestion | string) => string {
  const { t } = useTranslation()
  return (question) => questionLabel(question, (id) => t(`evaluation.questions.${id}`))
}
