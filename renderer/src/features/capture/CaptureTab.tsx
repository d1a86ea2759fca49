import { Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useLocalStorage } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import { SessionCapturePanel } from './SessionCapturePanel'
import { useSessions } from '../../data/hooks/useAgenda'

/** The Capture tab: pick a day and a session, then capture its role plays, groups and photos. */
export function CaptureTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const sessions = useSessions(training.id)
  const [picked, setPicked] = useLocalStorage<string>({
    key: `pelatih.capture.session.${training.id}`,
    defaultValue: '',
    getInitialValueInEffect: false,
  })
  const [dayChoice, setDayChoice] = useLocalStorage<string>({
    key: `pelatih.capture.day.${training.id}`,
    defaultValue: '1',
    getInitialValueInEffect: false,
  })
  if (sessions === undefined) return null
  const day = Math.min(Math.max(1, Number(dayChoice) || 1), training.days)
  const ofDay = sessions.filter((s) => s.day === day && s.method !== 'break' && s.method !== 'meal')
  const session = ofDay.find((s) => s.id === picked) ?? ofDay[0]

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('capture.intro')}</Text>
      <Group gap="md" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('capture.day')}
          </Text>
          <SegmentedControl
            value={String(day)}
            onChange={setDayChoice}
            data={Array.from({ length: training.days }, (_, i) => ({ value: String(i + 1), label: t('training.dayN', { n: i + 1 }) }))}
            data-testid="capture-day"
          />
        </Stack>
        <Select
          w={420}
          label={t('capture.session')}
          placeholder={t('capture.pickSession')}
          data={ofDay.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.title}` }))}
          value={session?.id ?? null}
          onChange={(v) => v && setPicked(v)}
          allowDeselect={false}
          searchable
          data-testid="capture-session"
        />
      </Group>
      {ofDay.length === 0 && (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('capture.noSessions')}</Text>
        </Paper>
      )}
      {session && <SessionCapturePanel key={session.id} training={training} session={session} />}
    </Stack>
  )
}
