import { describe, expect, it } from 'vitest'
import { backupText, RESTORE_OPTIONS } from '../exchange/__fixtures__/exportFiles'
import { ROW_BUILDERS } from '../exchange/__fixtures__/rowBuilders'
import { restore } from '../exchange/restore'
import { withDefaults } from './rowDefaults'
import { EMPTY_APPROVAL, trainingSchema } from './training'

/** A training row as the version before the approval page, foreword and test questions stored it. */
function storedBeforeFrontMatter(): Record<string, unknown> {
  const { approval: _a, foreword: _f, testQuestions: _q, ...row } = ROW_BUILDERS.trainings('tr-1')
  return row
}

describe('fields added with a default', () => {
  it('lets a training row stored by the current version parse, with an empty approval page and foreword', () => {
    const parsed = trainingSchema.parse(storedBeforeFrontMatter())
    expect(parsed.approval).toEqual(EMPTY_APPROVAL)
    expect(parsed.foreword).toBe('')
    expect(parsed.testQuestions).toEqual([])
  })

  it('fills the missing fields of a stored row and keeps what a row has', () => {
    const old = storedBeforeFrontMatter()
    const filled = withDefaults<Record<string, unknown>>('trainings', old)
    expect(filled['approval']).toEqual(EMPTY_APPROVAL)
    expect(filled['testQuestions']).toEqual([])
    expect(old['approval']).toBeUndefined()
    const approval = { ...EMPTY_APPROVAL, preparedByName: 'Sri Wahyuni' }
    const current = ROW_BUILDERS.trainings('tr-1', { approval, foreword: 'Kata pengantar kami.' })
    expect(withDefaults('trainings', current)).toBe(current)
    expect(withDefaults('participants', ROW_BUILDERS.participants('p-1'))).toEqual(ROW_BUILDERS.participants('p-1'))
  })

  it('restores a backup of an older row, and one with the new fields round-trips them', () => {
    const old = restore(backupText({ trainings: [storedBeforeFrontMatter()] }), RESTORE_OPTIONS)
    if (!old.ok) throw new Error(old.error.code)
    expect((old.value.tables.trainings[0] as Record<string, unknown>)['approval']).toEqual(EMPTY_APPROVAL)
    const approval = { ...EMPTY_APPROVAL, acknowledgedByName: 'Budi Santoso', date: '2019-08-09' }
    const row = ROW_BUILDERS.trainings('tr-1', { approval, foreword: 'Terima kasih.', testQuestions: ['Apa itu relawan?'] })
    const back = restore(backupText({ trainings: [row] }), RESTORE_OPTIONS)
    if (!back.ok) throw new Error(back.error.code)
    expect(back.value.tables.trainings[0]).toMatchObject({ approval, foreword: 'Terima kasih.', testQuestions: ['Apa itu relawan?'] })
  })
})
