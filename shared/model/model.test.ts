import { describe, expect, it } from 'vitest'
import { FIXTURE_REVISION } from './__fixtures__/withRevision'
import { attendanceId, attendanceSchema } from './attendance'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from './common'
import { CONFLICT_TABLES } from './conflict'
import { createTraining, newTrainingInputSchema, trainingDayDates } from './newTraining'
import { participantSchema } from './participant'
import { isTableName, TABLE_NAMES, TABLE_SCHEMAS } from './tables'
import { trainingSchema } from './training'

const NOW = Date.UTC(2026, 10, 27, 8, 0)

describe('training model', () => {
  it('creates a valid 3-day draft training from the new-training form', () => {
    const t = createTraining({ title: '  Mobilisasi Sumber Daya OMS ', startDate: '2026-12-01', days: 3 }, 't1', NOW)
    expect(t.title).toBe('Mobilisasi Sumber Daya OMS')
    expect(t.days).toBe(3)
    expect(t.status).toBe('draft')
    expect(t.feeCurrency).toBe('IDR')
    expect(t.evaluationQuestions.map((q) => q.id)).toEqual(['content', 'facilitators', 'method', 'time', 'venue'])
    expect(trainingSchema.safeParse(t).success).toBe(false)
    // The commit stamps the revision: with it, the row is a valid stored row.
    expect(trainingSchema.safeParse({ ...t, ...FIXTURE_REVISION }).success).toBe(true)
  })

  it('rejects an empty title, too many days and an impossible date with a reason', () => {
    const r = newTrainingInputSchema.safeParse({ title: '   ', startDate: '2026-13-01', days: 11 })
    expect(r.success).toBe(false)
    const messages = r.error?.issues.map((i) => i.message) ?? []
    expect(messages).toContain('titleRequired')
    expect(messages).toContain('daysRange')
    expect(r.error?.issues.some((i) => i.path[0] === 'startDate')).toBe(true)
  })

  it('refuses a title longer than the short-text limit but keeps 100,000-character notes', () => {
    expect(newTrainingInputSchema.safeParse({ title: 'x'.repeat(SHORT_TEXT_MAX + 1), startDate: '2026-12-01', days: 3 }).success).toBe(
      false,
    )
    const t = createTraining({ title: 'T', startDate: '2026-12-01', days: 3 }, 't1', NOW)
    expect(trainingSchema.safeParse({ ...t, ...FIXTURE_REVISION, background: 'é'.repeat(100_000) }).success).toBe(true)
    expect(trainingSchema.safeParse({ ...t, ...FIXTURE_REVISION, background: 'x'.repeat(LONG_TEXT_MAX + 1) }).success).toBe(false)
  })

  it('lists the calendar date of every day, across a month end', () => {
    expect(trainingDayDates('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01'])
  })

  it('keeps HTML in text fields as plain data', () => {
    const p = participantSchema.parse({
      id: 'p1',
      trainingId: 't1',
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      ...FIXTURE_REVISION,
      name: '<img src=x onerror=alert(1)>',
      gender: 'female',
      organization: 'Yayasan “Ṣabar”',
      position: '',
      region: 'Bantul',
      phone: '',
      email: '',
      notes: '',
      observer: false,
    })
    expect(p.name).toBe('<img src=x onerror=alert(1)>')
  })

  it('gives attendance a deterministic id per participant and day', () => {
    expect(attendanceId('p1', 2)).toBe('p1:2')
    expect(
      attendanceSchema.safeParse({
        id: 'p1:2',
        trainingId: 't',
        participantId: 'p1',
        day: 11,
        present: true,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      }).success,
    ).toBe(false)
  })

  it('names every table once and recognises only real table names', () => {
    expect(new Set(TABLE_NAMES).size).toBe(Object.keys(TABLE_SCHEMAS).length)
    expect(isTableName('participants')).toBe(true)
    expect(isTableName('__proto__')).toBe(false)
    expect(isTableName('toString')).toBe(false)
  })

  it('lets a conflict be about a row of any table but the conflicts themselves', () => {
    expect([...CONFLICT_TABLES]).toEqual(TABLE_NAMES.filter((t) => t !== 'conflicts'))
  })
})
