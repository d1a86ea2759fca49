import { describe, expect, it } from 'vitest'
import type { BackupFile } from './backupRetention'
import { selectBackupsToKeep } from './backupRetention'

const WIB = 420 // minutes east of UTC (Jakarta)
const HOUR = 3_600_000

/** A backup made at a wall-clock time in Jakarta: `at('2024-05-13 09:30')`. */
function at(local: string): BackupFile {
  const utc = Date.parse(`${local.replace(' ', 'T')}:00Z`) - WIB * 60_000
  return { name: `backup-${local.replace(/[ :]/g, '-')}.json`, createdAt: utc }
}
const names = (list: readonly BackupFile[]) => list.map((b) => b.name)

describe('selectBackupsToKeep', () => {
  const now = at('2024-05-13 16:00').createdAt

  it('keeps nothing and removes nothing when there are no backups', () => {
    expect(selectBackupsToKeep([], now, WIB)).toEqual({ keep: [], remove: [] })
  })

  it('keeps the 3 newest of today and removes older ones of today', () => {
    const today = ['08:00', '09:00', '10:00', '11:00', '12:00'].map((t) => at(`2024-05-13 ${t}`))
    const { keep, remove } = selectBackupsToKeep(today, now, WIB)
    expect(names(keep)).toEqual(names([today[4]!, today[3]!, today[2]!]))
    expect(names(remove)).toEqual(names([today[1]!, today[0]!]))
  })

  it('keeps only the newest of each earlier day', () => {
    const backups = [at('2024-05-12 10:00'), at('2024-05-12 17:00'), at('2024-05-11 08:00'), at('2024-05-11 23:59')]
    const { keep, remove } = selectBackupsToKeep(backups, now, WIB)
    expect(names(keep)).toEqual(['backup-2024-05-12-17-00.json', 'backup-2024-05-11-23-59.json'])
    expect(names(remove)).toEqual(['backup-2024-05-12-10-00.json', 'backup-2024-05-11-08-00.json'])
  })

  it('draws the day line at local midnight, not at UTC midnight', () => {
    // 00:30 WIB on the 13th is still the 12th in UTC: it belongs to today here.
    const justAfter = at('2024-05-13 00:30')
    const justBefore = at('2024-05-12 23:59')
    const beforeThat = at('2024-05-12 23:00')
    const { keep, remove } = selectBackupsToKeep([beforeThat, justBefore, justAfter], now, WIB)
    expect(names(keep)).toEqual(names([justAfter, justBefore]))
    expect(names(remove)).toEqual(names([beforeThat]))
    // Read as UTC, all three fall on the 12th, so only the newest of them would be kept.
    expect(selectBackupsToKeep([beforeThat, justBefore, justAfter], now, 0).keep).toHaveLength(1)
  })

  it('counts a backup made exactly at midnight as the new day', () => {
    // Were midnight counted as yesterday, it would replace 23:59 as yesterday's newest.
    const midnight = at('2024-05-13 00:00')
    const lastOfYesterday = at('2024-05-12 23:59')
    const today = ['10:00', '11:00', '12:00'].map((t) => at(`2024-05-13 ${t}`))
    const { keep, remove } = selectBackupsToKeep([midnight, lastOfYesterday, ...today], now, WIB)
    expect(names(keep)).toContain(lastOfYesterday.name)
    expect(names(remove)).toEqual([midnight.name])
  })

  it('keeps at most 10: 3 of today and the 7 most recent earlier days', () => {
    const backups: BackupFile[] = []
    for (let day = 1; day <= 13; day++) {
      for (const t of ['09:00', '15:00']) backups.push(at(`2024-05-${String(day).padStart(2, '0')} ${t}`))
    }
    backups.push(at('2024-05-13 15:30'))
    const { keep, remove } = selectBackupsToKeep(backups, now, WIB)
    expect(keep).toHaveLength(10)
    expect(names(keep.slice(0, 3))).toEqual([
      'backup-2024-05-13-15-30.json',
      'backup-2024-05-13-15-00.json',
      'backup-2024-05-13-09-00.json',
    ])
    expect(names(keep.slice(3))).toEqual(['12', '11', '10', '09', '08', '07', '06'].map((d) => `backup-2024-05-${d}-15-00.json`))
    expect(keep.length + remove.length).toBe(backups.length)
  })

  it('keeps all of exactly 10 that fit the rule', () => {
    const backups = [
      at('2024-05-13 09:00'),
      at('2024-05-13 11:00'),
      at('2024-05-13 13:00'),
      ...['12', '11', '10', '09', '08', '07', '06'].map((d) => at(`2024-05-${d} 12:00`)),
    ]
    const { keep, remove } = selectBackupsToKeep(backups, now, WIB)
    expect(keep).toHaveLength(10)
    expect(remove).toEqual([])
  })

  it("treats a backup dated in the future (a wrong clock) as one of today's", () => {
    const future = { name: 'future.json', createdAt: now + 48 * HOUR }
    const today = ['10:00', '11:00', '12:00'].map((t) => at(`2024-05-13 ${t}`))
    const { keep, remove } = selectBackupsToKeep([...today, future], now, WIB)
    expect(names(keep)).toEqual(['future.json', today[2]!.name, today[1]!.name])
    expect(names(remove)).toEqual([today[0]!.name])
  })
})
