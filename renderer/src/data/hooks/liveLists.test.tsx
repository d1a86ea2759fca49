import { MantineProvider } from '@mantine/core'
import { renderHook, waitFor } from '@testing-library/react'
import type { DBCore } from 'dexie'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { Change } from '../../../../shared/journal/journalEntry'
import { attendanceId, type Attendance } from '../../../../shared/model/attendance'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import { DataProvider } from '../../app/DataProvider'
import { createI18n } from '../../app/i18n'
import { createMemoryBridge } from '../__fixtures__/memoryBridge'
import { createDb, type PelatihDb } from '../db'
import { listActionPlans, updateActionPlan, blankActionPlan } from '../repositories/actionPlanRepository'
import { listAttendance, setAttendance } from '../repositories/attendanceRepository'
import { useActionPlans } from './useActionPlans'
import { useAttendance } from './useAttendance'
import { useData } from './useData'

const T = 'training-1'
const OTHER = 'training-2'

/** A database that counts the rows (and keys) read from each table, as IndexedDB hands them out. */
function countingDb(): { db: PelatihDb; read: Map<string, number> } {
  const db = createDb(`live-lists-${Math.random().toString(36).slice(2)}`)
  const read = new Map<string, number>()
  const add = (table: string, n: number) => read.set(table, (read.get(table) ?? 0) + n)
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          get: (req) => {
            add(name, 1)
            return table.get(req)
          },
          getMany: (req) => {
            add(name, req.keys.length)
            return table.getMany(req)
          },
          query: async (req) => {
            const res = await table.query(req)
            add(name, res.result.length)
            return res
          },
          openCursor: (req) => {
            add(name, 1)
            return table.openCursor(req)
          },
        }
      },
    }),
  })
  return { db, read }
}

async function mount<T>(db: PelatihDb, use: () => T) {
  const i18n = await createI18n('en')
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <DataProvider db={db} bridge={createMemoryBridge()} fallback={null}>
          {children}
        </DataProvider>
      </MantineProvider>
    </I18nextProvider>
  )
  const hook = renderHook(() => ({ value: use(), data: useData().data }), { wrapper })
  await waitFor(() => expect(hook.result.current?.value).toBeDefined())
  return hook
}

const meta = (trainingId: string, at: number) => ({ trainingId, createdAt: at, updatedAt: at, deletedAt: null })

function attendanceRows(trainingId: string, participants: number, days: number): Change[] {
  return Array.from({ length: participants * days }, (_, i): Change => {
    const participantId = `${trainingId}-p${String(Math.floor(i / days)).padStart(4, '0')}`
    const day = (i % days) + 1
    const row: Attendance = {
      ...meta(trainingId, 1_000 + i),
      id: attendanceId(participantId, day),
      participantId,
      day,
      present: i % 2 === 0,
    }
    return { op: 'put', table: 'attendance', row: row as unknown as Record<string, unknown> }
  })
}

function planRows(trainingId: string, count: number): Change[] {
  return Array.from({ length: count }, (_, i): Change => {
    const row: ActionPlan = {
      ...blankActionPlan(`Org ${i % 7}`),
      ...meta(trainingId, 1_000 + i),
      id: `${trainingId}-plan-${i}`,
      activity: `Kegiatan ${i + 1}`,
    }
    return { op: 'put', table: 'actionPlans', row: row as unknown as Record<string, unknown> }
  })
}

describe('long live lists read back only what a write changed', () => {
  it('a tick in a training of 3,000 attendance rows reads back that one row, and the list shows it', async () => {
    const { db, read } = countingDb()
    const hook = await mount(db, () => useAttendance(T))
    await hook.result.current.data.commit([...attendanceRows(T, 300, 10), ...attendanceRows(OTHER, 10, 2)])
    console.log('DBG count', await db.attendance.count())
    await waitFor(() => expect(hook.result.current.value).toHaveLength(3000))

    read.clear()
    const participantId = `${T}-p0007`
    const before = hook.result.current.value?.find((a) => a.id === attendanceId(participantId, 2))?.present
    await setAttendance(hook.result.current.data, T, participantId, 2, !before)
    await waitFor(() => expect(hook.result.current.value?.find((a) => a.id === attendanceId(participantId, 2))?.present).toBe(!before))
    // The commit reads the row it ticks; the list reads it back: a handful of rows, not 3,000.
    expect(read.get('attendance') ?? 0).toBeLessThan(10)
    expect(hook.result.current.value).toEqual(await listAttendance(db, T))
  }, 30_000)

  it('a saved keystroke in one of 2,000 action plans reads back that plan, and the list keeps its order', async () => {
    const { db, read } = countingDb()
    const hook = await mount(db, () => useActionPlans(T))
    await hook.result.current.data.commit([...planRows(T, 2000), ...planRows(OTHER, 20)])
    await waitFor(() => expect(hook.result.current.value).toHaveLength(2000))

    read.clear()
    const plan = hook.result.current.value?.[1234]
    await updateActionPlan(hook.result.current.data, plan?.id ?? '', { activity: 'Pendampingan relawan desa' })
    await waitFor(() => expect(hook.result.current.value?.[1234]?.activity).toBe('Pendampingan relawan desa'))
    expect(read.get('actionPlans') ?? 0).toBeLessThan(10)
    expect(hook.result.current.value).toEqual(await listActionPlans(db, T))
  }, 30_000)

  it('follows what another window writes: a new row, a soft delete, a removal, thousands at once and a cleared table', async () => {
    const { db } = countingDb()
    const hook = await mount(db, () => useAttendance(T))
    await hook.result.current.data.commit(attendanceRows(T, 50, 3))
    await waitFor(() => expect(hook.result.current.value).toHaveLength(150))
    const same = async () => {
      const stored = await listAttendance(db, T)
      await waitFor(() =>
        expect(new Map(hook.result.current.value?.map((a) => [a.id, a.present]))).toEqual(new Map(stored.map((a) => [a.id, a.present]))),
      )
    }

    // The other window has its own connection to the same database.
    const other = createDb(db.name)
    const [first, second] = await other.attendance.bulkGet([attendanceId(`${T}-p0000`, 1), attendanceId(`${T}-p0001`, 1)])
    if (!first || !second) throw new Error('the rows were not stored')
    await other.attendance.put({ ...first, present: !first.present, updatedAt: first.updatedAt + 1 })
    await other.attendance.put({ ...second, deletedAt: 5_000 })
    await other.attendance.delete(attendanceId(`${T}-p0002`, 3))
    await other.attendance.put({ ...first, id: attendanceId('late-arrival', 1), participantId: 'late-arrival', present: true })
    await same()
    expect(hook.result.current.value).toHaveLength(149)

    // An import in the other window: 1,200 rows in one write (150 of them already there).
    const imported = Array.from({ length: 1200 }, (_, i) => {
      const participantId = `${T}-p${String(Math.floor(i / 3)).padStart(4, '0')}`
      return { ...first, id: attendanceId(participantId, (i % 3) + 1), participantId, day: (i % 3) + 1, present: i % 3 === 0 }
    })
    await other.attendance.bulkPut(imported)
    await same()
    expect(hook.result.current.value).toHaveLength(1201)

    await other.attendance.where('trainingId').equals(T).delete()
    await same()
    expect(hook.result.current.value).toEqual([])
    other.close()
  }, 30_000)
})
