import { MantineProvider } from '@mantine/core'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo } from 'react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { attendanceId, type Attendance } from '../../../../shared/model/attendance'
import type { Change } from '../../../../shared/journal/journalEntry'
import { makeParticipant } from '../../../../shared/participants/__fixtures__/participants'
import { sampleTraining } from '../../../../shared/report/__fixtures__/sampleTraining'
import { DataProvider } from '../../app/DataProvider'
import { createI18n } from '../../app/i18n'
import { createMemoryBridge } from '../../data/__fixtures__/memoryBridge'
import { createDb } from '../../data/db'
import { useAttendance } from '../../data/hooks/useAttendance'
import { useData } from '../../data/hooks/useData'
import { listAttendance } from '../../data/repositories/attendanceRepository'
import { AttendanceGrid } from './AttendanceGrid'

const DAYS = 3
const training = { ...sampleTraining().training, days: DAYS }
const participants = Array.from({ length: 50 }, (_, i) =>
  makeParticipant({ id: `p${String(i).padStart(3, '0')}`, name: `Peserta ${i + 1}`, trainingId: training.id, observer: i === 5 }),
)

/** Every participant on every day, present on about two days of three. */
function savedRows(): Change[] {
  return participants.flatMap((p, i) =>
    Array.from({ length: DAYS }, (_, d): Change => {
      const row: Attendance = {
        id: attendanceId(p.id, d + 1),
        trainingId: training.id,
        participantId: p.id,
        day: d + 1,
        present: (i + d) % 3 !== 0,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      }
      return { op: 'put', table: 'attendance', row: row as unknown as Record<string, unknown> }
    }),
  )
}

/** How many times the grid has looked at one of the saved rows it was given. */
const looked = { rows: 0 }

/** The rows, as an array that counts every look at one of them. */
function watched(rows: Attendance[]): Attendance[] {
  return new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) looked.rows += 1
      return Reflect.get(target, key, receiver) as unknown
    },
  })
}

/** The live rows, handed to the grid so that every look at one of them is counted. */
function Grid() {
  const live = useAttendance(training.id)
  const attendance = useMemo(() => live && watched(live), [live])
  const { data } = useData()
  if (attendance === undefined) return null
  return (
    <>
      <span data-testid="rows">{attendance.length}</span>
      <button type="button" onClick={() => void data.commit(savedRows())}>
        seed
      </button>
      <AttendanceGrid training={training} participants={participants} attendance={attendance} />
    </>
  )
}

const total = (day: number) => Number(screen.getByTestId(`attendance-total-${day}`).textContent.split('/')[0]?.trim())

describe('the attendance grid', () => {
  it('moves a day total at once on a tick without going through the saved rows, and keeps the totals right as saves, another window and an untick mix', async () => {
    const db = createDb(`attendance-grid-${Math.random().toString(36).slice(2)}`)
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={db} bridge={createMemoryBridge()} fallback={null}>
            <Grid />
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    fireEvent.click(await screen.findByText('seed'))
    await waitFor(() => expect(screen.getByTestId('rows')).toHaveTextContent(String(participants.length * DAYS)))
    // The totals the saved rows give: the observer (p005) is not counted.
    const counted = (day: number, rows: readonly Attendance[]) =>
      rows.filter((a) => a.day === day && a.present && a.participantId !== 'p005').length
    const initial = await listAttendance(db, training.id)
    await waitFor(() => expect(total(2)).toBe(counted(2, initial)))
    const day2 = total(2)

    // On day 2, p001 is present and p002 and p008 are absent. A tick on p002 shows at once.
    const box = (n: number) => screen.getByRole('checkbox', { name: `Peserta ${n + 1}, day 2: present` })
    expect(box(2)).not.toBeChecked()
    looked.rows = 0
    fireEvent.click(box(2))
    expect(box(2)).toBeChecked()
    expect(total(2)).toBe(day2 + 1)
    expect(looked.rows).toBe(0)

    // Its save lands; the total stays.
    await waitFor(async () => expect((await db.attendance.get(attendanceId('p002', 2)))?.present).toBe(true))
    await waitFor(() => expect(total(2)).toBe(day2 + 1))

    // Another window unticks p001 while p008 is ticked here, then p002 is unticked again.
    const other = createDb(db.name)
    const p001 = await other.attendance.get(attendanceId('p001', 2))
    if (!p001?.present) throw new Error('p001 should be present on day 2')
    await other.attendance.put({ ...p001, present: false, updatedAt: p001.updatedAt + 1 })
    fireEvent.click(box(8))
    fireEvent.click(box(2))
    expect(box(8)).toBeChecked()
    expect(box(2)).not.toBeChecked()
    await waitFor(() => expect(box(1)).not.toBeChecked())
    await waitFor(async () => expect((await db.attendance.get(attendanceId('p002', 2)))?.present).toBe(false))
    await waitFor(async () => expect((await db.attendance.get(attendanceId('p008', 2)))?.present).toBe(true))
    // p001 out, p008 in, p002 back out: the day's total is where it started, as the stored rows say.
    await waitFor(() => expect(total(2)).toBe(day2))
    expect(total(2)).toBe(counted(2, await listAttendance(db, training.id)))
    expect([box(1), box(2), box(8)].map((b) => (b as HTMLInputElement).checked)).toEqual([false, false, true])
    other.close()
  }, 30_000)
})
