import { Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newTrainingInputSchema } from '../../../../shared/model/newTraining'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { updateTraining } from '../../data/repositories/trainingRepository'
import { trainingErrorText } from './trainingErrors'
import { ModalFooter } from '../../ui/ModalFooter'

const titleSchema = newTrainingInputSchema.shape.title

function RenameForm({ training, onClose }: { training: Training; onClose: () => void }) {
  const { t } = useTranslation()
  const { data } = useData()
  const [title, setTitle] = useState(training.title)
  const [error, setError] = useState<string | undefined>()

  const submit = async () => {
    const parsed = titleSchema.safeParse(title)
    if (!parsed.success) {
      setError(trainingErrorText(t, 'title', parsed.error.issues[0]?.message))
      return
    }
    await updateTraining(data, training.id, { title: parsed.data })
    onClose()
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <Stack>
        <TextInput
          label={t('training.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <ModalFooter onCancel={onClose} />
      </Stack>
    </form>
  )
}

/** Renames a training from the list. */
export function RenameTrainingModal({ training, onClose }: { training: Training | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened={training !== null} onClose={onClose} title={t('trainings.renameTitle')} centered>
      {training && <RenameForm key={training.id} training={training} onClose={onClose} />}
    </Modal>
  )
}
