import type { Photo } from '../../../../shared/model/photo'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** A prepared photo: its files are in the photo store; the row names them by hash. */
export type PhotoInput = Pick<Photo, 'caption' | 'mime' | 'width' | 'height' | 'hash' | 'previewHash' | 'bytes'>

/** The photos of a session, in the order they were added. */
export async function listPhotos(db: PelatihDb, sessionId: string): Promise<Photo[]> {
  const rows = await db.photos.where('sessionId').equals(sessionId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** Adds photos to a session, in one commit. */
export async function addPhotos(ctx: DataContext, trainingId: string, sessionId: string | null, inputs: PhotoInput[]): Promise<Photo[]> {
  let rows: Photo[] = []
  await ctx.commit(async (db) => {
    const existing = sessionId === null ? [] : await db.photos.where('sessionId').equals(sessionId).toArray()
    let order = Math.max(0, ...existing.map((p) => p.order))
    const now = ctx.now()
    rows = inputs.map((input) =>
      parseDraft('photos', {
        ...input,
        id: ctx.newId(),
        trainingId,
        sessionId,
        order: (order += 1),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      }),
    )
    return rows.map((row): Change => ({ op: 'put', table: 'photos', row }))
  })
  return rows
}

/** Changes a photo's caption. */
export async function updatePhotoCaption(ctx: DataContext, id: string, caption: string): Promise<void> {
  const written = await updateRow(ctx, 'photos', id, (current) => ({ ...current, caption }))
  if (!written) throw new Error(`photo ${id} not found`)
}

/** Deletes a photo softly (undo with restorePhoto). */
export async function removePhoto(ctx: DataContext, id: string): Promise<void> {
  await setDeleted(ctx, id, true)
}

/** Brings back a deleted photo. */
export async function restorePhoto(ctx: DataContext, id: string): Promise<void> {
  await setDeleted(ctx, id, false)
}

async function setDeleted(ctx: DataContext, id: string, deleted: boolean): Promise<void> {
  await updateRow(ctx, 'photos', id, (current, at) =>
    (current.deletedAt !== null) === deleted ? null : { ...current, deletedAt: deleted ? at : null },
  )
}
