import type { TableName } from '../tables'
import { EMPTY_APPROVAL, emptyChapterFields } from '../training'

/**
 * The fields later versions added with a default, per table: what validating an older row
 * fills in, so a test can say a migrated row is the old row plus exactly these.
 */
export const ADDED_DEFAULTS: Partial<Record<TableName, Record<string, unknown>>> = {
  trainings: { ...emptyChapterFields(), approval: { ...EMPTY_APPROVAL }, foreword: '', testQuestions: [] },
  sessions: { equipment: '' },
}
