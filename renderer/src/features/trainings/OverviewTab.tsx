import { Badge, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newTrainingInputSchema, trainingDayDates } from '../../../../shared/model/newTraining'
import { MAX_DAYS, MIN_DAYS, type Training } from '../../../../shared/model/training'
import { useData } from '../../app/DataProvider'
import { formatDayDate } from '../../app/format'
import { updateTraining, type TrainingPatch } from '../../data/repositories/trainingRepository'
import { useAutosave } from '../../ui/useAutosave'
import { trainingErrorText } from './trainingErrors'

type Fields = { title: string; startDate: string; days: number | string }

/**
 * The essentials of a training, saved as you type. The form keeps what the user typed even
 * when it is not valid yet; only valid values are written.
 */
export function OverviewTab({ training }: { training: Training }) {
  const { t, i18n } = useTranslation()
  const { data } = useData()
  const [fields, setFields] = useState<Fields>({ title: training.title, startDate: training.startDate, days: training.days })
  const { schedule, flush } = useAutosave((patch: TrainingPatch) => updateTraining(data, training.id, patch))

  const parsed = newTrainingInputSchema.safeParse({ ...fields, days: typeof fields.days === 'number' ? fields.days : Number.NaN })
  const errorOf = (field: keyof Fields) =>
    parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field)?.message

  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch }
    setFields(next)
    const valid = newTrainingInputSchema.safeParse({ ...next, days: typeof next.days === 'number' ? next.days : Number.NaN })
    if (valid.success) schedule(valid.data)
  }

  const days = parsed.success ? trainingDayDates(parsed.data.startDate, parsed.data.days) : []

  return (
    <Stack gap="lg" maw={760}>
      <Text c="dimmed">{t('workspace.overviewIntro')}</Text>
      <TextInput
        label={t('training.title')}
        value={fields.title}
        onChange={(e) => change({ title: e.currentTarget.value })}
        onBlur={flush}
        error={trainingErrorText(t, 'title', errorOf('title'))}
        data-testid="overview-title"
        size="md"
      />
      <div className="field-pair">
        <TextInput
          type="date"
          label={t('training.startDate')}
          value={fields.startDate}
          onChange={(e) => change({ startDate: e.currentTarget.value })}
          onBlur={flush}
          error={trainingErrorText(t, 'startDate', errorOf('startDate'))}
          data-testid="overview-start"
        />
        <NumberInput
          label={t('training.days')}
          min={MIN_DAYS}
          max={MAX_DAYS}
          allowDecimal={false}
          value={fields.days}
          onChange={(value) => change({ days: value })}
          onBlur={flush}
          error={trainingErrorText(t, 'days', errorOf('days'))}
          data-testid="overview-days"
        />
      </div>
      {days.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">
            {t('training.dayDates')}
          </Text>
          <Group gap="xs" data-testid="overview-day-dates">
            {days.map((date, index) => (
              <Badge key={date} variant="light" size="lg" radius="sm">
                {t('training.dayN', { n: index + 1 })} · {formatDayDate(date, i18n.language)}
              </Badge>
            ))}
          </Group>
        </Paper>
      )}
    </Stack>
  )
}
