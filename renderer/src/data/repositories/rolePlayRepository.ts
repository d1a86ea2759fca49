import { type Observation, type RolePlay } from '../../../../shared/model/rolePlay'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What the role play form edits. */
export type RolePlayInput = Pick<RolePlay, 'title' | 'scenario' | 'roles' | 'observers' | 'debrief'>

/** The role plays of a session, in the order they were added. */
export async function listRolePlays(db: PelatihDb, sessionId: string): Promise<RolePlay[]> {
  const rows = await db.rolePlays.where('sessionId').equals(sessionId).toArray()
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** Adds an empty role play at the end of the session's list. */
export async function addRolePlay(ctx: DataContext, trainingId: string, sessionId: string, title: string): Promise<RolePlay> {
  const id = ctx.newId()
  let row: RolePlay | undefined
  await ctx.commit(async (db) => {
    const existing = await db.rolePlays.where('sessionId').equals(sessionId).toArray()
    const now = ctx.now()
    row = parseDraft('rolePlays', {
      id,
      trainingId,
      sessionId,
      title,
      scenario: '',
      roles: [],
      observers: [],
      debrief: { happened: [], felt: [], learned: [], apply: [] },
      order: Math.max(0, ...existing.map((r) => r.order)) + 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    return [{ op: 'put', table: 'rolePlays', row }]
  })
  if (!row) throw new Error(`role play ${id} not written`)
  return row
}

async function patchRolePlay(ctx: DataContext, id: string, build: (current: RolePlay) => Partial<RolePlayInput>): Promise<RolePlay> {
  const written = await updateRow(ctx, 'rolePlays', id, (current) => ({ ...current, ...build(current) }))
  if (!written) throw new Error(`role play ${id} not found`)
  return written
}

/** Changes some fields of a role play. */
export function updateRolePlay(ctx: DataContext, id: string, patch: Partial<RolePlayInput>): Promise<RolePlay> {
  return patchRolePlay(ctx, id, () => patch)
}

/** Changes one debrief question's points, keeping the others as stored (two lists edited at once). */
export function updateDebrief(ctx: DataContext, id: string, key: keyof RolePlay['debrief'], points: string[]): Promise<RolePlay> {
  return patchRolePlay(ctx, id, (current) => ({ debrief: { ...current.debrief, [key]: points } }))
}

/** Deletes a role play softly (undo with restoreRolePlay). */
export async function removeRolePlay(ctx: DataContext, id: string): Promise<void> {
  await setDeleted(ctx, id, true)
}

/** Brings back a deleted role play. */
export async function restoreRolePlay(ctx: DataContext, id: string): Promise<void> {
  await setDeleted(ctx, id, false)
}

async function setDeleted(ctx: DataContext, id: string, deleted: boolean): Promise<void> {
  await updateRow(ctx, 'rolePlays', id, (current, at) =>
    (current.deletedAt !== null) === deleted ? null : { ...current, deletedAt: deleted ? at : null },
  )
}

/** The observations of a role play, oldest first. */
export async function listObservations(db: PelatihDb, rolePlayId: string): Promise<Observation[]> {
  const rows = await db.observations.where('rolePlayId').equals(rolePlayId).toArray()
  return rows.filter((o) => o.deletedAt === null).sort((a, b) => a.at - b.at || a.createdAt - b.createdAt)
}

/** Adds an observation stamped with the current time. */
export async function addObservation(
  ctx: DataContext,
  input: { trainingId: string; sessionId: string; rolePlayId: string | null; roleId: string | null; text: string },
): Promise<Observation> {
  const now = ctx.now()
  const row = parseDraft('observations', { ...input, id: ctx.newId(), at: now, createdAt: now, updatedAt: now, deletedAt: null })
  await ctx.commit([{ op: 'put', table: 'observations', row }])
  return row
}

/** Deletes an observation softly. */
export async function removeObservation(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'observations', id)
}
