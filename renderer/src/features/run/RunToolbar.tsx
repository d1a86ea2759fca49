import { ActionIcon, Badge, Button, Group, SegmentedControl, Select, Tooltip } from '@mantine/core'
import { IconArrowsMaximize, IconArrowsMinimize, IconDeviceDesktop, IconKeyboard } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { minutesToHHmm } from '../../../../shared/agenda/timeOfDay'
import { trainingDates } from '../../../../shared/agenda/trainingDays'
import type { ShiftedSchedule } from '../../../../shared/agenda/shiftedSchedule'
import type { Training } from '../../../../shared/model/training'
import { formatDayDate } from '../../app/format'
import { SaveIndicator } from '../../ui/SaveIndicator'
import { TimerFace } from '../../ui/TimerFace'
import type { ActivityTimer } from './useActivityTimer'

/** A time of the day; past midnight it says so ("01:10 +1"). */
function clock(minutes: number): string {
  return minutes >= 24 * 60 ? `${minutesToHHmm(minutes)} +1` : minutesToHHmm(minutes)
}

/**
 * The top line of run mode: day, how late the day runs, session or brainstorm, projector, help,
 * and on the board the focus board; while it hides the app header, the save state shows here.
 */
export function RunToolbar({
  training,
  day,
  onDay,
  schedule,
  view,
  onView,
  timer,
  onProjector,
  onHelp,
  focus,
  onFocus,
  venue,
}: {
  training: Training
  day: number
  onDay: (day: number) => void
  schedule: ShiftedSchedule | null
  view: 'cockpit' | 'board'
  onView: (view: 'cockpit' | 'board') => void
  timer: ActivityTimer
  onProjector: () => void
  onHelp: () => void
  /** Whether the focus board is on (it only applies on the board). */
  focus: boolean
  onFocus: () => void
  /** The venue link's button, handed in by app/ (another feature). */
  venue?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const behind = schedule?.behindMin ?? 0
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" className="run-toolbar">
      <Group gap="sm" wrap="nowrap">
        <Select
          aria-label={t('run.day')}
          w={270}
          size="sm"
          allowDeselect={false}
          value={String(day)}
          onChange={(v) => v && onDay(Number(v))}
          data={trainingDates(training.startDate, training.days).map((date, i) => ({
            value: String(i + 1),
            label: t('run.dayOption', { n: i + 1, date: formatDayDate(date, i18n.language) }),
          }))}
          data-testid="run-day"
        />
        {schedule && schedule.sessions.length > 0 && (
          <>
            <Badge size="lg" variant="light" color={behind > 0 ? 'red' : behind < 0 ? 'teal' : 'gray'} data-testid="run-behind">
              {behind > 0 ? t('run.behind', { min: behind }) : behind < 0 ? t('run.ahead', { min: -behind }) : t('run.onTime')}
            </Badge>
            {view === 'cockpit' && (
              <Badge size="lg" variant="outline" color={schedule.overrunsDay ? 'red' : 'gray'}>
                {t('run.dayEnds', {
                  time: clock(schedule.projectedEndMin),
                  planned: clock(schedule.projectedEndMin - schedule.endShiftMin),
                })}
              </Badge>
            )}
          </>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {view === 'board' && focus && <SaveIndicator />}
        {view === 'board' && timer.state && (
          <TimerFace state={timer.state} chimeMuted={timer.muted} size="compact" testId="run-timer-compact" />
        )}
        <SegmentedControl
          size="sm"
          value={view}
          onChange={(v) => onView(v === 'board' ? 'board' : 'cockpit')}
          data={[
            { value: 'cockpit', label: t('run.views.cockpit') },
            { value: 'board', label: t('run.views.board') },
          ]}
          data-testid="run-view"
        />
        <Button variant="default" size="sm" leftSection={<IconDeviceDesktop size={16} />} onClick={onProjector} data-testid="run-projector">
          {t('run.projector.open')}
        </Button>
        {venue}
        {view === 'board' && (
          <Tooltip label={focus ? t('run.focus.leave') : t('run.focus.enter')}>
            <ActionIcon
              variant={focus ? 'filled' : 'default'}
              size="lg"
              aria-label={focus ? t('run.focus.leave') : t('run.focus.enter')}
              aria-pressed={focus}
              onClick={onFocus}
              data-testid="run-focus"
            >
              {focus ? <IconArrowsMinimize size={18} /> : <IconArrowsMaximize size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
        <Tooltip label={t('run.shortcuts.open')}>
          <ActionIcon variant="default" size="lg" aria-label={t('run.shortcuts.open')} onClick={onHelp} data-testid="run-help">
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  )
}
