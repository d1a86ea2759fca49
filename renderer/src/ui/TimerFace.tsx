import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatCountdown, remainingMs, timerPhase, type TimerState } from '../../../shared/run/activityTimer'
import { useTimerTick } from './useTimerTick'
import './timerFace.css'

/**
 * The ticking clock face of the activity timer, coloured by phase. It alone re-renders while
 * the timer runs. `chimeMuted` null never chimes (the projector window).
 */
export function TimerFace({
  state,
  chimeMuted,
  size,
  testId,
}: {
  state: TimerState | null
  chimeMuted: boolean | null
  size: 'compact' | 'large' | 'projector'
  testId: string
}) {
  const { t } = useTranslation()
  const now = useTimerTick(state, chimeMuted)
  if (!state) {
    return (
      <Text className={`run-timer-face run-timer-${size}`} data-phase="idle" data-testid={testId} c="dimmed">
        --:--
      </Text>
    )
  }
  const phase = timerPhase(state, now)
  return (
    <Text
      className={`run-timer-face run-timer-${size}`}
      data-phase={phase}
      data-testid={testId}
      role="timer"
      aria-label={`${t(`run.timer.phases.${phase}`)} ${formatCountdown(remainingMs(state, now))}`}
    >
      {formatCountdown(remainingMs(state, now))}
    </Text>
  )
}
