import type { Participant } from '../../../../shared/model/participant'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { sortByName } from '../../../../shared/lists/compareNames'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What the participant form edits. */
export type ParticipantInput = Pick<
  Participant,
  'name' | 'gender' | 'organization' | 'position' | 'region' | 'phone' | 'email' | 'notes' | 'observer'
>

/** The live participants of a training, by name. */
export async function listParticipants(db: PelatihDb, trainingId: string): Promise<Participant[]> {
  const rows = await db.participants.where('trainingId').equals(trainingId).toArray()
  return sortByName(
    rows.filter((p) => p.deletedAt === null),
    (p) => p.name,
    (a, b) => a.createdAt - b.createdAt,
  )
}

/** Adds one participant typed in by hand. */
export async function addParticipant(ctx: DataContext, trainingId: string, input: ParticipantInput): Promise<Participant> {
  const now = ctx.now()
  const participant = parseDraft('participants', {
    ...input,
    id: ctx.newId(),
    trainingId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  })
  await ctx.commit([{ op: 'put', table: 'participants', row: participant }])
  return participant
}

/** Changes some fields of a participant. */
export async function updateParticipant(ctx: DataContext, id: string, patch: Partial<ParticipantInput>): Promise<Participant> {
  const written = await updateRow(ctx, 'participants', id, (current) => parseDraft('participants', { ...current, ...patch }))
  if (!written) throw new Error(`participant ${id} not found`)
  return written
}

/** Removes a participant softly (their attendance stays, ignored while they are removed), so undo loses nothing. */
export async function removeParticipant(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'participants', id)
}

/** Brings back a removed participant (undo). */
export async function restoreParticipant(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'participants', id)
}

/** Participants written per commit of an import: a few thousand rows in one go would freeze the page. */
export const IMPORT_CHUNK = 500

/**
 * Writes the participants an import built (buildImport's toAdd): a list of up to IMPORT_CHUNK
 * in one commit (the whole list is saved, or nothing is); a longer one in commits of that size,
 * letting the page paint and take keys between them and telling `onProgress` how many are saved.
 * A chunk that fails stops the import; what was saved stays, and importing the file again adds
 * only the people still missing (they are duplicates of nothing).
 */
export async function importParticipants(
  ctx: DataContext,
  participants: readonly Participant[],
  onProgress?: (saved: number) => void,
): Promise<number> {
  if (participants.length === 0) return 0
  for (let start = 0; start < participants.length; start += IMPORT_CHUNK) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0))
    const chunk = participants.slice(start, start + IMPORT_CHUNK)
    await ctx.commit(chunk.map((row) => ({ op: 'put' as const, table: 'participants' as const, row })))
    onProgress?.(start + chunk.length)
  }
  return participants.length
}
