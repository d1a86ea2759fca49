import { Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { epochAtMinute, hhmmToMinutes, isHHmm, minuteOfDay, minutesToHHmm } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'
import { ModalFooter } from '../../ui/ModalFooter'

/** Edits the recorded start and end of a session as wall-clock times of its day. */
export function CorrectTimesModal({
  session,
  date,
  offset,
  onClose,
  onSave,
}: {
  session: Session
  date: string
  offset: number
  onClose: () => void
  onSave: (times: { actualStart: number | null; actualEnd: number | null }) => Promise<unknown>
}) {
  const { t } = useTranslation()
  const toText = (ms: number | null) => (ms === null ? '' : minutesToHHmm(minuteOfDay(ms, date, offset)))
  const [start, setStart] = useState(toText(session.actualStart))
  const [end, setEnd] = useState(toText(session.actualEnd))
  const [error, setError] = useState<string | null>(null)

  const parse = (text: string): number | null | 'bad' => {
    const value = text.trim().replace('.', ':')
    if (value === '') return null
    return isHHmm(value) ? epochAtMinute(date, hhmmToMinutes(value), offset) : 'bad'
  }

  const save = async () => {
    const actualStart = parse(start)
    const actualEnd = parse(end)
    if (actualStart === 'bad' || actualEnd === 'bad') return setError(t('run.badTime'))
    if (actualStart !== null && actualEnd !== null && actualEnd < actualStart) return setError(t('run.endBeforeStart'))
    await onSave({ actualStart: actualStart ?? (actualEnd === null ? null : actualEnd - session.durationMin * 60_000), actualEnd })
    onClose()
  }

  return (
    <Modal opened onClose={onClose} title={t('run.correctTitle', { title: session.title })}>
      <Stack gap="sm">
        <Group grow>
          <TextInput
            label={t('run.actualStart')}
            placeholder="09:00"
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            data-autofocus
            data-testid="correct-start"
          />
          <TextInput
            label={t('run.actualEnd')}
            placeholder="10:30"
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            data-testid="correct-end"
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('run.timeHint')}
        </Text>
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
        <ModalFooter onCancel={onClose} onSubmit={() => void save()} submitTestId="correct-save" />
      </Stack>
    </Modal>
  )
}
