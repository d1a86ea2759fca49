import { photoSchema, type Photo } from '../../../../shared/model/photo'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

// Read-merge-write must not interleave (two fields saved in the same instant would each read the
// same stored row, and the second write would undo the first): updates run one after another.
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run)
  queue = next.catch(() => undefined)
  return next
}

/** A prepared photo: the original and its downscaled copy, as data URLs. */
export type PhotoInput = Pick<Photo, 'caption' | 'mime' | 'width' | 'height' | 'original' | 'preview'>

/** The photos of a session, in the order they were added. */
export async function listPhotos(db: PelatihDb, sessionId: string): Promise<Photo[]> {
  const rows = await db.photos.where('sessionId').equals(sessionId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** Adds photos to a session, in one commit. */
export async function addPhotos(ctx: DataContext, trainingId: string, sessionId: string | null, inputs: PhotoInput[]): Promise<Photo[]> {
  const existing = sessionId === null ? [] : await ctx.db.photos.where('sessionId').equals(sessionId).toArray()
  let order = Math.max(0, ...existing.map((p) => p.order))
  const now = ctx.now()
  const rows = inputs.map((input) =>
    photoSchema.parse({ ...input, id: ctx.newId(), trainingId, sessionId, order: (order += 1), createdAt: now, updatedAt: now, deletedAt: null }),
  )
  await ctx.commit(rows.map((row): Change => ({ op: 'put', table: 'photos', row })))
  return rows
}

/** Changes a photo's caption. */
export function updatePhotoCaption(ctx: DataContext, id: string, caption: string): Promise<void> {
  return serial(async () => {
    const current = await ctx.db.photos.get(id)
    if (!current) throw new Error(`photo ${id} not found`)
    await ctx.commit([{ op: 'put', table: 'photos', row: { ...current, caption, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) } }])
  })
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
  const current = await ctx.db.photos.get(id)
  if (!current || (current.deletedAt !== null) === deleted) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'photos', row: { ...current, deletedAt: deleted ? now : null, updatedAt: now } }])
}
