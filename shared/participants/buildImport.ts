import type { Participant } from '../model/participant'
import type { ColumnMapping } from './guessColumnMapping'
import type { ImportMessageKey, MessageParams } from './importMessages'
import { isBlankRow, issue, type ImportIssue, type ImportTable } from './importTable'
import { comparableKey, emailKey, phoneKey } from './normaliseText'
import { readImportRow, type ImportedFields } from './readImportRow'
import { draftSchemaOf } from '../model/draftRow'

/** What a duplicate row matched: a participant already in the list, or an earlier row of the file. */
export type DuplicateMatch = { kind: 'existing'; participantId: string } | { kind: 'row'; rowNumber: number }

/** Why two entries count as the same person. */
export type DuplicateBy = 'name-organization' | 'email' | 'phone'

/** A row left out because the person is already there. */
export interface ImportDuplicate {
  rowNumber: number
  /** The name on the row, as written. */
  name: string
  matches: DuplicateMatch
  by: DuplicateBy
  /** `import.duplicate.existing` or `import.duplicate.inFile`. */
  reason: ImportMessageKey
  params: MessageParams
}

/** The outcome of an import, shown to the trainer before anything is written. */
export interface ImportResult {
  /** New participants, each valid by participantSchema. */
  toAdd: Participant[]
  /** Rows (and file problems) that cannot be imported, with the reason. */
  errors: ImportIssue[]
  /** Rows left out because the person is already in the list or earlier in the file. */
  duplicates: ImportDuplicate[]
  /** Blank rows skipped without comment. */
  blankRows: number
}

/** Identity keys of one person: any one shared means "same person". */
function keysOf(p: Pick<ImportedFields, 'name' | 'organization' | 'email' | 'phone'>): [DuplicateBy, string][] {
  const keys: [DuplicateBy, string][] = [['name-organization', `${comparableKey(p.name)}|${comparableKey(p.organization)}`]]
  const email = emailKey(p.email)
  if (email !== '') keys.push(['email', email])
  const phone = phoneKey(p.phone)
  if (phone !== '') keys.push(['phone', phone])
  return keys
}

/**
 * Turns an imported table into participants of a training. Rows with problems are reported
 * and left out while the other rows are imported. A row is a duplicate, and is left out, when
 * it matches a live participant of the training or an earlier row of the file by name and
 * organisation (ignoring case, accents, apostrophes and spacing), by email, or by phone
 * digits; so importing the same file twice adds nobody the second time.
 *
 * @param table the file as read by parseParticipantsCsv or parseParticipantsXlsx
 * @param mapping which column holds which field (guessColumnMapping, corrected by the user)
 * @param existing the participants already in the training (deleted rows are ignored)
 * @param trainingId the training the new participants join
 * @param now the epoch ms to stamp createdAt and updatedAt with
 * @param makeId makes a new row id (crypto.randomUUID in the app)
 */
export function buildImport(
  table: ImportTable,
  mapping: ColumnMapping,
  existing: readonly Participant[],
  trainingId: string,
  now: number,
  makeId: () => string,
): ImportResult {
  const result: ImportResult = { toAdd: [], errors: [...table.problems], duplicates: [], blankRows: 0 }
  // A file that could not be read says so; asking for a name column on top would mislead.
  if (table.headers.length === 0) return result
  if (mapping.name === undefined) {
    result.errors.push(issue(Math.max(0, table.firstRowNumber - 1), 'import.error.noNameColumn'))
    return result
  }

  const known = new Map<string, DuplicateMatch>()
  for (const p of existing) {
    if (p.deletedAt !== null || p.trainingId !== trainingId) continue
    for (const [by, key] of keysOf(p)) {
      if (!known.has(`${by}:${key}`)) known.set(`${by}:${key}`, { kind: 'existing', participantId: p.id })
    }
  }

  table.rows.forEach((cells, index) => {
    const rowNumber = table.firstRowNumber + index
    if (isBlankRow(cells)) {
      result.blankRows++
      return
    }
    const reading = readImportRow(cells, table.headers.length, mapping, rowNumber)
    if (!reading.ok) {
      result.errors.push(...reading.errors)
      return
    }
    const keys = keysOf(reading.fields)
    const hit = keys.map(([by, key]) => ({ by, match: known.get(`${by}:${key}`) })).find((k) => k.match !== undefined)
    if (hit?.match) {
      const inFile = hit.match.kind === 'row'
      result.duplicates.push({
        rowNumber,
        name: reading.fields.name,
        matches: hit.match,
        by: hit.by,
        reason: inFile ? 'import.duplicate.inFile' : 'import.duplicate.existing',
        params: {
          rowNumber,
          name: reading.fields.name,
          ...(hit.match.kind === 'row' ? { otherRow: hit.match.rowNumber } : {}),
        },
      })
      return
    }

    const parsed = draftSchemaOf('participants').safeParse({
      id: makeId(),
      trainingId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      ...reading.fields,
    })
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'name')
      result.errors.push(issue(rowNumber, 'import.error.invalidRow', { field }))
      return
    }
    result.toAdd.push(parsed.data)
    for (const [by, key] of keys) {
      if (!known.has(`${by}:${key}`)) known.set(`${by}:${key}`, { kind: 'row', rowNumber })
    }
  })
  result.errors.sort((a, b) => a.rowNumber - b.rowNumber)
  return result
}
