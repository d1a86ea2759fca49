import { Badge, Button, Checkbox, Paper, Stack, Table, Text } from '@mantine/core'
import { IconChecks } from '@tabler/icons-react'
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { attendanceId, type Attendance } from '../../../../shared/model/attendance'
import { trainingDayDates } from '../../../../shared/model/newTraining'
import type { Participant } from '../../../../shared/model/participant'
import type { Training } from '../../../../shared/model/training'
import { tallyAttendance, withPendingTicks, type PendingTick } from '../../../../shared/participants/attendanceSummary'
import { formatDayDate } from '../../app/format'
import { useData } from '../../data/hooks/useData'
import { markAllPresent, setAttendance } from '../../data/repositories/attendanceRepository'
import { useVirtualRows } from '../../ui/useVirtualRows'
import { VirtualRowsBody } from '../../ui/VirtualRowsBody'
import { formatPercent } from './formatShare'

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }
/** Up to this many participants every row is laid out; above, only those in view. */
const PLAIN_UP_TO = 60
/** Height of a row (name and organisation) before it is measured. */
const ROW_ESTIMATE_PX = 50

interface RowProps {
  participant: Participant
  row: number
  dates: readonly string[]
  /** One character a day, '1' where the participant is ticked present: a string, so an unchanged row is skipped. */
  ticks: string
  onToggle: (participantId: string, day: number, present: boolean) => void
  measureRef?: (row: Element | null) => void
}

/** One participant's row of boxes; memoised, so a tick re-renders its own row only. */
const AttendanceRow = memo(function AttendanceRow({ participant: p, row, dates, ticks, onToggle, measureRef }: RowProps) {
  const { t } = useTranslation()
  return (
    <Table.Tr ref={measureRef} data-testid="attendance-row" data-index={row} aria-rowindex={row + 2}>
      <Table.Th scope="row" className="attendance-name">
        <span className="attendance-person">{p.name}</span>
        {p.observer && (
          <Badge size="xs" variant="light" color="grape" ml={6}>
            {t('participants.attendance.observer')}
          </Badge>
        )}
        {p.organization && <span className="attendance-org">{p.organization}</span>}
      </Table.Th>
      {dates.map((date, col) => (
        <Table.Td key={date} className="attendance-cell">
          <Checkbox
            aria-label={t('participants.attendance.present', { name: p.name, day: col + 1 })}
            checked={ticks[col] === '1'}
            onChange={(e) => onToggle(p.id, col + 1, e.currentTarget.checked)}
            data-row={row}
            data-col={col}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  )
})

/**
 * The days' titles, dates and "all present" buttons; memoised, so a tick (which re-renders the
 * grid for its day's total) does not lay them out again.
 */
const AttendanceHead = memo(function AttendanceHead({ dates, onMarkAll }: { dates: readonly string[]; onMarkAll: (day: number) => void }) {
  const { t, i18n } = useTranslation()
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th className="attendance-name">{t('participants.attendance.participant')}</Table.Th>
        {dates.map((date, i) => (
          <Table.Th key={date} className="attendance-day" data-testid={`attendance-day-${i + 1}`}>
            <div className="attendance-day-title">{t('participants.attendance.day', { day: i + 1 })}</div>
            <div className="attendance-day-date">{formatDayDate(date, i18n.language)}</div>
            <Button
              size="compact-xs"
              variant="light"
              mt={4}
              leftSection={<IconChecks size={14} />}
              aria-label={t('participants.attendance.markAllLabel', { day: i + 1 })}
              onClick={() => onMarkAll(i + 1)}
            >
              {t('participants.attendance.markAll')}
            </Button>
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  )
})

/**
 * Attendance per participant and day, made for morning registration: Tab or the arrow keys
 * move between boxes, Space ticks, and every tick is saved on its own. A tick shows at once;
 * the database catches up a moment later.
 */
export function AttendanceGrid({
  training,
  participants,
  attendance,
}: {
  training: Training
  participants: Participant[]
  attendance: Attendance[]
}) {
  const { t, i18n } = useTranslation()
  const { data } = useData()
  // Ticks shown before their save lands, by attendance id.
  const [pending, setPending] = useState<ReadonlyMap<string, PendingTick>>(new Map())
  // The saved rows are counted once per save; a tick on screen only moves its day's total (see withPendingTicks).
  const tally = useMemo(() => tallyAttendance(participants, attendance, training.days), [participants, attendance, training.days])

  // Optimistic ticks are dropped once the database says the same (adjusting state while
  // rendering, as React advises, rather than in an effect).
  const [seen, setSeen] = useState(tally)
  if (seen !== tally) {
    setSeen(tally)
    const next = new Map([...pending].filter(([, tick]) => tally.isPresent(tick.participantId, tick.day) !== tick.present))
    if (next.size !== pending.size) setPending(next)
  }

  const isPresent = (participantId: string, day: number) =>
    pending.get(attendanceId(participantId, day))?.present ?? tally.isPresent(participantId, day)
  const summary = useMemo(() => withPendingTicks(tally, pending.values()), [tally, pending])
  const dates = useMemo(() => trainingDayDates(training.startDate, training.days), [training.startDate, training.days])

  const forget = useCallback((ids: string[]) => setPending((current) => new Map([...current].filter(([id]) => !ids.includes(id)))), [])
  // Stable, so the memoised rows re-render only when their own ticks change.
  const toggle = useCallback(
    (participantId: string, day: number, present: boolean) => {
      const id = attendanceId(participantId, day)
      setPending((current) => new Map(current).set(id, { participantId, day, present }))
      // A failed save is shown by the save indicator; the box goes back to what is stored.
      setAttendance(data, training.id, participantId, day, present).catch(() => forget([id]))
    },
    [data, training.id, forget],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = useVirtualRows(participants, scrollRef, { estimateSize: ROW_ESTIMATE_PX, plainUpTo: PLAIN_UP_TO })
  // A move to a row not laid out yet (the focused row was scrolled far away) scrolls to it first, then focuses it.
  const moveTo = useRef<{ row: number; col: number } | null>(null)
  useEffect(() => {
    const target = moveTo.current
    if (!target) return
    const box = scrollRef.current?.querySelector<HTMLElement>(`input[data-row="${target.row}"][data-col="${target.col}"]`)
    if (!box) return
    moveTo.current = null
    box.focus()
  })
  const markAll = useCallback(
    (day: number) => {
      const ids = participants.map((p) => p.id)
      setPending((current) => {
        const next = new Map(current)
        for (const participantId of ids) next.set(attendanceId(participantId, day), { participantId, day, present: true })
        return next
      })
      markAllPresent(data, training.id, ids, day).catch(() => forget(ids.map((id) => attendanceId(id, day))))
    },
    [participants, data, training.id, forget],
  )

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key]
    const target = e.target as HTMLElement
    if (!move || target.dataset.row === undefined) return
    const row = Number(target.dataset.row) + move[0]
    const col = Number(target.dataset.col) + move[1]
    if (row < 0 || row >= participants.length || col < 0 || col >= dates.length) return
    e.preventDefault()
    const next = e.currentTarget.querySelector<HTMLElement>(`input[data-row="${row}"][data-col="${col}"]`)
    if (next) next.focus()
    else {
      moveTo.current = { row, col }
      rows.scrollToIndex(row)
    }
  }

  if (participants.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{t('participants.attendance.empty')}</Text>
      </Paper>
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('participants.attendance.intro')}
      </Text>
      <Paper withBorder>
        <div className="participants-table-wrap attendance-wrap" onKeyDown={onKeyDown} ref={scrollRef}>
          <Table
            className="attendance-grid"
            striped
            highlightOnHover
            verticalSpacing={4}
            data-testid="attendance-grid"
            aria-rowcount={participants.length + 2}
          >
            <AttendanceHead dates={dates} onMarkAll={markAll} />
            <Table.Tbody onFocus={rows.onFocus}>
              <VirtualRowsBody
                rows={rows}
                row={(p, index) => (
                  <AttendanceRow
                    participant={p}
                    row={index}
                    dates={dates}
                    ticks={dates.map((_, col) => (isPresent(p.id, col + 1) ? '1' : '0')).join('')}
                    onToggle={toggle}
                    measureRef={rows.measureElement}
                  />
                )}
              />
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th className="attendance-name">{t('participants.attendance.footer')}</Table.Th>
                {summary.days.map((d) => (
                  <Table.Td key={d.day} className="attendance-cell attendance-total" data-testid={`attendance-total-${d.day}`}>
                    <div>{t('participants.attendance.presentCount', { present: d.present, expected: d.expected })}</div>
                    <div className="attendance-percent">{formatPercent(d.percent, i18n.language)}</div>
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </div>
      </Paper>
      {training.days > 1 && (
        <Text size="sm" c="dimmed" data-testid="attendance-full">
          {t('participants.attendance.fullAttendance', { count: summary.fullAttendanceIds.length })}
        </Text>
      )}
    </Stack>
  )
}
