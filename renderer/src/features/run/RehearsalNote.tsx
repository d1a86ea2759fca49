import { Group, Text } from '@mantine/core'
import { IconCalendarQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDayDate } from '../../app/format'

/**
 * Says plainly that the day on screen is not today: run mode then rehearses it, with the times
 * read as if today were that day (a dry run before the training, or a training run later than
 * planned).
 */
export function RehearsalNote({ day, date, today, todayDay }: { day: number; date: string; today: string; todayDay: number | null }) {
  const { t, i18n } = useTranslation()
  const values = { n: day, date: formatDayDate(date, i18n.language), today: formatDayDate(today, i18n.language) }
  return (
    <Group gap={6} wrap="nowrap" className="run-rehearsal" data-testid="run-rehearsal">
      <IconCalendarQuestion size={16} className="run-rehearsal-icon" aria-hidden />
      <Text size="sm">
        <Text span fw={700} size="sm">
          {t('run.rehearsal.title')}
        </Text>{' '}
        {todayDay === null ? t('run.rehearsal.notTrainingDay', values) : t('run.rehearsal.otherDay', { ...values, todayDay })}{' '}
        {t('run.rehearsal.how', values)}
      </Text>
    </Group>
  )
}
