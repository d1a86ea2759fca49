import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AgendaDay } from '../../../../shared/agenda/computeAgenda'
import { formatDayDate } from '../../app/format'

/**
 * For agendas with more days than the screen holds side by side: one button per day, the
 * shown ones pressed; a click brings that day (and the ones after it) into view.
 */
export function DayPicker({
  days,
  first,
  count,
  onShow,
}: {
  days: readonly AgendaDay[]
  first: number
  count: number
  onShow: (day: number) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <Group gap={6} role="group" aria-label={t('agenda.dayPicker')} data-testid="agenda-day-picker">
      {days.map((d) => {
        const shown = d.day >= first && d.day < first + count
        return (
          <Button
            key={d.day}
            size="compact-sm"
            variant={shown ? 'light' : 'default'}
            aria-pressed={shown}
            title={t('agenda.dayHeader', { n: d.day, date: formatDayDate(d.date, i18n.language) })}
            onClick={() => onShow(d.day)}
            data-testid="day-pick"
            data-day={d.day}
          >
            {t('training.dayN', { n: d.day })}
          </Button>
        )
      })}
    </Group>
  )
}
