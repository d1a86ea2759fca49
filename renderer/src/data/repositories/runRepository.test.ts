import { describe, expect, it } from 'vitest'
import { parseDraft } from '../../../../shared/model/draftRow'
import type { Session } from '../../../../shared/model/session'
import { minuteOnRunDay } from '../../../../shared/agenda/runDayMinute'
import { minuteOfDay } from '../../../../shared/agenda/timeOfDay'
import { pauseTimer, startTimer } from '../../../../shared/run/activityTimer'
import { createTestContext } from '../__fixtures__/testContext'
import {
  correctSessionTimes,
  finishSession,
  getChimeMuted,
  getLiveRunTimer,
  getRunTimer,
  InvalidTimesError,
  isSomethingRunning,
  listDaySessions,
  resetSession,
  restoreRunTimer,
  saveProcessNotes,
  setChimeMuted,
  setRunTimer,
  skipSession,
  startSession,
} from './runRepository'

type Ctx = ReturnType<typeof createTestContext>

async function seedDay(ctx: Ctx): Promise<Session[]> {
  const rows = ['Opening', 'Contract', 'Brainstorm'].map((title, i) =>
    parseDraft('sessions', {
      id: `s${i + 1}`,
      trainingId: 't1',
      day: 1,
      order: i + 1,
      title,
      method: 'other',
      durationMin: 30,
      pinnedStart: null,
      facilitatorIds: [],
      moduleId: null,
      objectives: '',
      materials: '',
      status: 'planned',
      actualStart: null,
      actualEnd: null,
      processNotes: '',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    }),
  )
  await ctx.commit(rows.map((row) => ({ op: 'put', table: 'sessions', row })))
  return rows
}

describe('runRepository', () => {
  it('says something runs while a session runs or a timer ticks, and not for a session left running overnight', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const started = await startSession(ctx, 's1')
    const at = (started.actualStart ?? 0) + 60_000
    expect(await isSomethingRunning(ctx.db, at)).toBe(true)
    expect(await isSomethingRunning(ctx.db, at + 13 * 60 * 60_000)).toBe(false)
    await finishSession(ctx, 's1')
    expect(await isSomethingRunning(ctx.db, at)).toBe(false)
    await setRunTimer(ctx.db, 't1', startTimer(5, at, null))
    expect(await isSomethingRunning(ctx.db, at)).toBe(true)
    const timer = await getRunTimer(ctx.db, 't1')
    if (timer) await setRunTimer(ctx.db, 't1', pauseTimer(timer, at + 1_000))
    expect(await isSomethingRunning(ctx.db, at)).toBe(false)
  })

  it('starts, finishes and skips sessions, journaling every step', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const started = await startSession(ctx, 's1')
    expect(started.status).toBe('running')
    expect(started.actualStart).not.toBeNull()
    const done = await finishSession(ctx, 's1')
    expect(done.status).toBe('done')
    expect(done.actualEnd).toBeGreaterThanOrEqual(started.actualStart ?? 0)
    await skipSession(ctx, 's2')
    expect((await listDaySessions(ctx.db, 't1', 1)).map((s) => s.status)).toEqual(['done', 'skipped', 'planned'])
    expect(ctx.bridge.entries.at(-1)?.changes[0]).toMatchObject({ table: 'sessions', row: { id: 's2', status: 'skipped' } })
  })

  it('finishes the running session when the next one starts', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    await startSession(ctx, 's1')
    await startSession(ctx, 's2')
    const [s1, s2] = await listDaySessions(ctx.db, 't1', 1)
    expect(s1?.status).toBe('done')
    expect(s1?.actualEnd).toBe(s2?.actualStart)
    expect(s2?.status).toBe('running')
  })

  it('corrects recorded times, refuses an end before the start, and resets', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const t = Date.UTC(2026, 10, 27, 1, 0)
    const fixed = await correctSessionTimes(ctx, 's1', { actualStart: t, actualEnd: t + 40 * 60_000 })
    expect(fixed.status).toBe('done')
    await expect(correctSessionTimes(ctx, 's1', { actualStart: t, actualEnd: t - 1 })).rejects.toBeInstanceOf(InvalidTimesError)
    const running = await correctSessionTimes(ctx, 's1', { actualStart: t, actualEnd: null })
    expect(running.status).toBe('running')
    const reset = await resetSession(ctx, 's1')
    expect([reset.status, reset.actualStart, reset.actualEnd]).toEqual(['planned', null, null])
  })

  it('saves process notes and skips a save that changes nothing', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    await saveProcessNotes(ctx, 's3', 'Peserta aktif; "upah kami di bawah UMK".')
    const count = ctx.bridge.entries.length
    await saveProcessNotes(ctx, 's3', 'Peserta aktif; "upah kami di bawah UMK".')
    expect(ctx.bridge.entries.length).toBe(count)
    expect((await ctx.db.sessions.get('s3'))?.processNotes).toContain('UMK')
  })

  it('keeps the timer and the chime switch in the meta table, and ignores junk', async () => {
    const ctx = createTestContext()
    expect(await getRunTimer(ctx.db, 't1')).toBeNull()
    const timer = pauseTimer(startTimer(10, 1000, 's1'), 61_000)
    await setRunTimer(ctx.db, 't1', timer)
    expect(await getRunTimer(ctx.db, 't1')).toEqual(timer)
    expect(await getRunTimer(ctx.db, 't2')).toBeNull()
    await setRunTimer(ctx.db, 't1', null)
    expect(await getRunTimer(ctx.db, 't1')).toBeNull()
    await ctx.db.meta.put({ key: 'runTimer:t1', value: { durationMs: 'x' } })
    expect(await getRunTimer(ctx.db, 't1')).toBeNull()
    expect(await getChimeMuted(ctx.db)).toBe(false)
    await setChimeMuted(ctx.db, true)
    expect(await getChimeMuted(ctx.db)).toBe(true)
    expect(ctx.bridge.entries).toEqual([])
  })

  it('stops the timer of a session when the session finishes or is skipped, so the next session shows none', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    await startSession(ctx, 's1')
    await setRunTimer(ctx.db, 't1', startTimer(5, ctx.now(), 's1'))
    await finishSession(ctx, 's1')
    expect(await getRunTimer(ctx.db, 't1')).toBeNull()
    expect(await getLiveRunTimer(ctx.db, 't1')).toBeNull()

    await setRunTimer(ctx.db, 't1', startTimer(5, ctx.now(), 's2'))
    await skipSession(ctx, 's2')
    expect(await getLiveRunTimer(ctx.db, 't1')).toBeNull()

    // Starting the next session finishes the running one, and its timer with it.
    await startSession(ctx, 's3')
    await setRunTimer(ctx.db, 't1', startTimer(5, ctx.now(), 's3'))
    await resetSession(ctx, 's1')
    await startSession(ctx, 's1')
    expect(await getLiveRunTimer(ctx.db, 't1')).toBeNull()
  })

  it('hides a stored timer whose session is already done (a timer left behind, or a finish from before)', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const timer = startTimer(5, ctx.now(), 's1')
    await startSession(ctx, 's1')
    await setRunTimer(ctx.db, 't1', timer)
    expect(await getLiveRunTimer(ctx.db, 't1')).toEqual(timer)
    await ctx.db.sessions.update('s1', { status: 'done', actualEnd: ctx.now() })
    expect(await getLiveRunTimer(ctx.db, 't1')).toBeNull()
    await setRunTimer(ctx.db, 't1', startTimer(5, ctx.now(), null))
    expect(await getLiveRunTimer(ctx.db, 't1')).not.toBeNull()
  })

  it('records the times of a session on the day being run when it is run on another date (a rehearsal)', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const day = { date: '2019-08-06', utcOffsetMin: 420 }
    const started = await startSession(ctx, 's1', day)
    const done = await finishSession(ctx, 's1', day)
    expect(minuteOfDay(started.actualStart ?? 0, day.date, 420)).toBe(minuteOnRunDay(ctx.now(), day.date, 420))
    expect(minuteOfDay(done.actualEnd ?? 0, day.date, 420)).toBeLessThan(24 * 60)
    expect(done.updatedAt).toBeGreaterThan(Date.UTC(2020, 0, 1))
  })

  it('brings the timer back when a finish is undone, unless a new timer was started since', async () => {
    const ctx = createTestContext()
    await seedDay(ctx)
    const before = await startSession(ctx, 's1')
    const timer = startTimer(5, ctx.now(), 's1')
    await setRunTimer(ctx.db, 't1', timer)
    const stopped = await getRunTimer(ctx.db, 't1')
    await finishSession(ctx, 's1')
    await resetSession(ctx, 's1', { status: before.status, actualStart: before.actualStart, actualEnd: before.actualEnd })
    await restoreRunTimer(ctx.db, 't1', stopped)
    expect(await getLiveRunTimer(ctx.db, 't1')).toEqual(timer)

    await finishSession(ctx, 's1')
    const fresh = startTimer(10, ctx.now(), null)
    await setRunTimer(ctx.db, 't1', fresh)
    await restoreRunTimer(ctx.db, 't1', stopped)
    expect(await getLiveRunTimer(ctx.db, 't1')).toEqual(fresh)
  })
})
