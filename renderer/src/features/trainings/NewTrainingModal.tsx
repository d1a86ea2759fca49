import { Modal, NumberInput, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { newTrainingInputSchema, type NewTrainingInput } from '../../../../shared/model/newTraining'
import { MAX_DAYS, MIN_DAYS } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { createTraining } from '../../data/repositories/trainingRepository'
import { trainingErrorText } from './trainingErrors'
import { ModalFooter } from '../../ui/ModalFooter'

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The "New training" dialog: title, start date and number of days (3 by default). */
export function NewTrainingModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean
  onClose: () => void
  onCreated: (id: string) => void
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const form = useForm<NewTrainingInput>({
    mode: 'controlled',
    initialValues: { title: '', startDate: today(), days: 3 },
    validate: schemaResolver(newTrainingInputSchema, { sync: true }),
  })

  const submit = form.onSubmit(async (values) => {
    const training = await createTraining(data, newTrainingInputSchema.parse(values))
    form.reset()
    onCreated(training.id)
  })

  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.new')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('training.title')}
            placeholder={t('training.titlePlaceholder')}
            data-autofocus
            required
            {...form.getInputProps('title')}
            error={trainingErrorText(t, 'title', form.errors.title as string | undefined)}
          />
          <TextInput
            type="date"
            label={t('training.startDate')}
            required
            {...form.getInputProps('startDate')}
            error={trainingErrorText(t, 'startDate', form.errors.startDate as string | undefined)}
          />
          <NumberInput
            label={t('training.days')}
            min={MIN_DAYS}
            max={MAX_DAYS}
            allowDecimal={false}
            required
            {...form.getInputProps('days')}
            error={trainingErrorText(t, 'days', form.errors.days as string | undefined)}
          />
          <ModalFooter onCancel={onClose} submitLabel={t('trainings.create')} />
        </Stack>
      </form>
    </Modal>
  )
}
