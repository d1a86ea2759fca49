import { z } from 'zod'
import { revisionMeta } from './revision'

/** Longest text a one-line field (a title, a name) may hold. */
export const SHORT_TEXT_MAX = 500
/** Longest text a free-text field (process notes, background) may hold. */
export const LONG_TEXT_MAX = 200_000

/** Longest id a row may carry (a UUID, or a composite key of a few ids). */
export const ID_MAX = 120

/** A row id: crypto.randomUUID() for new rows, or a deterministic composite key. */
export const idSchema = z.string().min(1).max(ID_MAX)

/** A one-line text field. */
export const shortText = z.string().max(SHORT_TEXT_MAX)

/** A free-text field; long notes (100,000 characters and more) are allowed. */
export const longText = z.string().max(LONG_TEXT_MAX)

/** A calendar date as `YYYY-MM-DD`, with no time zone. */
export const dateString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD')

/** A wall-clock time as `HH:mm` (24 h). */
export const timeString = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:mm')

/** Milliseconds since the epoch. */
export const epochMs = z.number().int().nonnegative()

/**
 * Fields every row carries; deletedAt marks a soft delete so merges never resurrect rows, and
 * the revision fields (see ./revision) tell a merge which version descends from which.
 */
export const rowMeta = {
  id: idSchema,
  createdAt: epochMs,
  updatedAt: epochMs,
  deletedAt: epochMs.nullable(),
  ...revisionMeta,
}

/** Fields every row that belongs to one training carries. */
export const trainingRowMeta = {
  ...rowMeta,
  trainingId: idSchema,
}
