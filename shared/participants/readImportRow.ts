import { SHORT_TEXT_MAX, LONG_TEXT_MAX } from '../model/common'
import type { Gender } from '../model/participant'
import type { ColumnMapping, ParticipantField } from './guessColumnMapping'
import { issue, type ImportIssue } from './importTable'
import { isObserverMark, normaliseGender } from './normaliseGender'
import { cleanText, isPlausibleEmail, isPlausiblePhone, normalisePhone } from './normaliseText'

/** The participant fields one row of an import yields, cleaned. */
export interface ImportedFields {
  name: string
  gender: Gender
  organization: string
  position: string
  region: string
  phone: string
  email: string
  notes: string
  observer: boolean
}

/** What reading one row gave: its fields, or why it cannot be imported. */
export type RowReading = { ok: true; fields: ImportedFields } | { ok: false; errors: ImportIssue[] }

const ONE_LINE_FIELDS = ['name', 'organization', 'position', 'region', 'phone', 'email'] as const

/**
 * Reads one data row through a column mapping and checks it: the row must have the columns
 * the mapping uses (a short row usually means a line break inside an unquoted field), must
 * not have extra filled cells (an unquoted delimiter), needs a name, and its gender, email and
 * phone must be readable. Every problem of the row is reported, so one pass fixes the file.
 *
 * @param cells the row's cells
 * @param headerCount how many columns the header row has
 * @param mapping which column holds which field
 * @param rowNumber the spreadsheet number of the row, for the messages
 */
export function readImportRow(cells: readonly string[], headerCount: number, mapping: ColumnMapping, rowNumber: number): RowReading {
  const columns = Object.values(mapping)
  const widest = columns.length === 0 ? -1 : Math.max(...columns)
  if (cells.length <= widest) {
    return { ok: false, errors: [issue(rowNumber, 'import.error.tooFewColumns', { expected: headerCount, found: cells.length })] }
  }
  if (cells.length > headerCount && cells.slice(headerCount).some((c) => c.trim() !== '')) {
    return { ok: false, errors: [issue(rowNumber, 'import.error.tooManyColumns', { expected: headerCount, found: cells.length })] }
  }

  const raw = (field: ParticipantField): string => {
    const index = mapping[field]
    return index === undefined ? '' : (cells[index] ?? '')
  }
  const errors: ImportIssue[] = []

  const name = cleanText(raw('name'))
  if (name === '') errors.push(issue(rowNumber, 'import.error.missingName'))

  const genderText = cleanText(raw('gender'))
  const gender = normaliseGender(genderText)
  if (gender === null) errors.push(issue(rowNumber, 'import.error.unknownGender', { value: genderText }))

  const email = cleanText(raw('email'))
  if (email !== '' && !isPlausibleEmail(email)) errors.push(issue(rowNumber, 'import.error.invalidEmail', { value: email }))

  const phone = normalisePhone(raw('phone'))
  if (phone !== '' && !isPlausiblePhone(phone)) errors.push(issue(rowNumber, 'import.error.invalidPhone', { value: phone }))

  const fields: ImportedFields = {
    name,
    gender: gender ?? 'unstated',
    organization: cleanText(raw('organization')),
    position: cleanText(raw('position')),
    region: cleanText(raw('region')),
    phone,
    email,
    // Notes may span lines; keep them, only trimmed.
    notes: raw('notes').trim(),
    observer: isObserverMark(raw('observer')),
  }
  for (const field of ONE_LINE_FIELDS) {
    if (fields[field].length > SHORT_TEXT_MAX) {
      errors.push(issue(rowNumber, 'import.error.tooLong', { field, max: SHORT_TEXT_MAX }))
    }
  }
  if (fields.notes.length > LONG_TEXT_MAX) {
    errors.push(issue(rowNumber, 'import.error.tooLong', { field: 'notes', max: LONG_TEXT_MAX }))
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields }
}
