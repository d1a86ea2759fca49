import { ActionIcon, Button, Group, Paper, Popover, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay, IconVolume, IconVolumeOff, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTimerMinutes, TIMER_QUICK_PICKS } from '../../../../shared/run/activityTimer'
import { TimerFace } from '../../ui/TimerFace'
import type { ActivityTimer } from './useActivityTimer'

/** The activity timer of the cockpit: the clock, quick picks, custom length, pause, extend, mute. */
export function ActivityTimerPanel({ timer, sessionId }: { timer: ActivityTimer; sessionId: string | null }) {
  const { t } = useTranslation()
  const [customOpen, setCustomOpen] = useState(false)
  const [custom, setCustom] = useState('')
  const [invalid, setInvalid] = useState(false)
  const { state } = timer

  const startCustom = () => {
    const minutes = parseTimerMinutes(custom)
    if (minutes === null) {
      setInvalid(true)
      return
    }
    timer.start(minutes, sessionId)
    setCustomOpen(false)
    setCustom('')
    setInvalid(false)
  }

  return (
    <Paper withBorder p="sm" className="run-timer-panel" data-testid="run-timer-panel">
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <TimerFace state={state} chimeMuted={timer.muted} size="large" testId="run-timer" />
        <Stack gap={6} className="run-timer-controls">
          <Group gap={6} wrap="nowrap">
            {TIMER_QUICK_PICKS.map((m, i) => (
              <Tooltip key={m} label={`${i + 1}`} openDelay={400}>
                <Button size="compact-sm" variant="light" onClick={() => timer.start(m, sessionId)} data-testid={`timer-pick-${m}`}>
                  {t('run.timer.minutes', { n: m })}
                </Button>
              </Tooltip>
            ))}
            <Popover opened={customOpen} onChange={setCustomOpen} position="bottom-end" trapFocus>
              <Popover.Target>
                <Button size="compact-sm" variant="default" onClick={() => setCustomOpen((o) => !o)}>
                  {t('run.timer.custom')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    size="xs"
                    w={150}
                    label={t('run.timer.customLabel')}
                    placeholder={t('run.timer.customPlaceholder')}
                    value={custom}
                    error={invalid ? t('run.timer.customInvalid') : null}
                    onChange={(e) => {
                      setCustom(e.currentTarget.value)
                      setInvalid(false)
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') startCustom()
                    }}
                  />
                  <Button size="xs" mt={22} onClick={startCustom}>
                    {t('run.timer.go')}
                  </Button>
                </Group>
              </Popover.Dropdown>
            </Popover>
          </Group>
          <Group gap={6} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              disabled={!state}
              leftSection={state?.runningSince === null ? <IconPlayerPlay size={14} /> : <IconPlayerPause size={14} />}
              onClick={timer.toggle}
              data-testid="timer-toggle"
            >
              {state?.runningSince === null ? t('run.timer.resume') : t('run.timer.pause')}
            </Button>
            <Button size="compact-sm" variant="default" disabled={!state} onClick={() => timer.extend(1)} data-testid="timer-extend-1">
              {t('run.timer.extend', { n: 1 })}
            </Button>
            <Button size="compact-sm" variant="default" disabled={!state} onClick={() => timer.extend(5)}>
              {t('run.timer.extend', { n: 5 })}
            </Button>
            <Tooltip label={timer.muted ? t('run.timer.unmute') : t('run.timer.mute')}>
              <ActionIcon
                variant="default"
                aria-label={timer.muted ? t('run.timer.unmute') : t('run.timer.mute')}
                aria-pressed={timer.muted}
                onClick={() => timer.setMuted(!timer.muted)}
                data-testid="timer-mute"
              >
                {timer.muted ? <IconVolumeOff size={16} /> : <IconVolume size={16} />}
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('run.timer.clear')}>
              <ActionIcon variant="default" aria-label={t('run.timer.clear')} disabled={!state} onClick={timer.clear}>
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
          {!state && (
            <Text size="xs" c="dimmed">
              {t('run.timer.idle')}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}
