import { Button, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus, IconPresentation } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Training } from '../../../../shared/model/training'
import { NEW_TRAINING_EVENT } from '../../app/useMenuCommands'
import { NewTrainingModal } from './NewTrainingModal'
import { RenameTrainingModal } from './RenameTrainingModal'
import { TrainingCard } from './TrainingCard'
import { useTrainings } from '../../data/hooks/useTrainings'

/** The home screen: every training, and the way to create one. */
export function TrainingListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const trainings = useTrainings()
  const [creating, { open, close }] = useDisclosure(false)
  const [renaming, setRenaming] = useState<Training | null>(null)

  useEffect(() => {
    window.addEventListener(NEW_TRAINING_EVENT, open)
    return () => window.removeEventListener(NEW_TRAINING_EVENT, open)
  }, [open])

  const modal = (
    <NewTrainingModal
      opened={creating}
      onClose={close}
      onCreated={(id) => {
        close()
        void navigate(`/trainings/${id}/overview`)
      }}
    />
  )

  if (trainings === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }

  if (trainings.length === 0) {
    return (
      <Center py={80}>
        <Stack align="center" maw={460} gap="md" data-testid="empty-trainings">
          <ThemeIcon size={64} radius="xl" variant="light">
            <IconPresentation size={36} />
          </ThemeIcon>
          <Title order={2}>{t('trainings.empty')}</Title>
          <Text c="dimmed" ta="center">
            {t('trainings.emptyHint')}
          </Text>
          <Button leftSection={<IconPlus size={18} />} onClick={open} size="md">
            {t('trainings.new')}
          </Button>
        </Stack>
        {modal}
      </Center>
    )
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('trainings.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('trainings.count', { count: trainings.length })}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} />} onClick={open}>
          {t('trainings.new')}
        </Button>
      </Group>
      <div className="card-grid" data-testid="training-list">
        {trainings.map((training) => (
          <TrainingCard key={training.id} training={training} onRename={() => setRenaming(training)} />
        ))}
      </div>
      {modal}
      <RenameTrainingModal training={renaming} onClose={() => setRenaming(null)} />
    </Stack>
  )
}
