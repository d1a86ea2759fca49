import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { updateTraining } from '../../data/repositories/trainingRepository'
import { ListEditor } from '../../ui/ListEditor'
import { useDraftValue } from '../../ui/useDraftValue'

/** The questions of the pre-test and post-test, saved on the training as they are typed. */
export function TestQuestionsEditor({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const questions = useDraftValue(
    training.testQuestions,
    (testQuestions: string[]) => updateTraining(data, training.id, { testQuestions }),
    { table: 'trainings', id: training.id, field: 'testQuestions' },
  )
  return (
    <Stack gap={4}>
      <ListEditor
        label={t('evaluation.prePost.questions')}
        items={questions.value}
        placeholder={t('evaluation.prePost.questionPlaceholder')}
        onChange={questions.change}
        onBlur={questions.blur}
        testId="test-questions"
      />
      <Text size="xs" c="dimmed">
        {t('evaluation.prePost.questionsHint')}
      </Text>
    </Stack>
  )
}
