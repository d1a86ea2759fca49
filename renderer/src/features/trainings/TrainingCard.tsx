import { ActionIcon, Badge, Card, Group, Menu, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconCalendar, IconCopy, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { trainingDayDates } from '../../../../shared/model/newTraining'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { formatAgo, formatDate } from '../../app/format'
import { copyTraining } from '../../data/repositories/copyTraining'
import { deleteTraining, restoreTraining } from '../../data/repositories/trainingRepository'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** The copy notice names the new training: long enough to read its title. */
const COPY_NOTICE_MS = 8000

/** One training in the list: title, dates, days; opens on click or Enter, with a menu to rename or delete. */
export function TrainingCard({ training, onRename }: { training: Training; onRename: () => void }) {
  const { t, i18n } = useTranslation()
  const { data } = useData()
  const navigate = useNavigate()
  const dates = trainingDayDates(training.startDate, training.days)
  const title = training.title || t('trainings.untitled')
  const openIt = () => void navigate(`/trainings/${training.id}/overview`)

  const copyIt = () =>
    void copyTraining(data, training.id, t('agenda.copy.title', { title })).then(
      (copy) => {
        notifications.show({ message: t('agenda.copy.done', { title: copy.title }), autoClose: COPY_NOTICE_MS })
        void navigate(`/trainings/${copy.id}/overview`)
      },
      (error: unknown) =>
        notifications.show({
          color: 'red',
          message: t('agenda.copy.failed', { message: error instanceof Error ? error.message : String(error) }),
        }),
    )

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('trainings.deleteTitle'),
      children: <Text size="sm">{t('trainings.deleteText', { title })}</Text>,
      labels: { confirm: t('app.delete'), cancel: t('app.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void deleteTraining(data, training.id).then(() => {
          notifyWithUndo(t('trainings.deleted', { title }), t('app.undo'), () => restoreTraining(data, training.id))
        })
      },
    })

  return (
    <Card
      withBorder
      padding="lg"
      className="training-card"
      tabIndex={0}
      role="link"
      aria-label={title}
      data-testid="training-card"
      onClick={openIt}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) openIt()
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={600} size="lg" lineClamp={2}>
          {title}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('trainings.actions', { title })} onClick={(e) => e.stopPropagation()}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={onRename}>
              {t('app.rename')}
            </Menu.Item>
            <Menu.Item leftSection={<IconCopy size={16} />} onClick={copyIt} data-testid="copy-training">
              {t('agenda.copy.action')}
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
              {t('app.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" mt="sm" c="dimmed">
        <IconCalendar size={16} aria-hidden />
        <Text size="sm">
          {formatDate(dates[0] ?? training.startDate, i18n.language)}
          {dates.length > 1 ? ` – ${formatDate(dates.at(-1) ?? training.startDate, i18n.language)}` : ''}
        </Text>
      </Group>
      <Group gap="xs" mt="md" justify="space-between">
        <Badge variant="light">{t('trainings.days', { count: training.days })}</Badge>
        <Text size="xs" c="dimmed">
          {t('trainings.updated', { when: formatAgo(training.updatedAt, i18n.language) })}
        </Text>
      </Group>
    </Card>
  )
}
