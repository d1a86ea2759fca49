import type { TeamMember } from '../../../../shared/model/teamMember'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What the team form edits. */
export type TeamMemberInput = Pick<TeamMember, 'name' | 'role' | 'organization' | 'bio' | 'contact'>

/** The team of a training, in the order the user arranged it. */
export async function listTeamMembers(db: PelatihDb, trainingId: string): Promise<TeamMember[]> {
  const rows = await db.teamMembers.where('trainingId').equals(trainingId).toArray()
  return rows.filter((m) => m.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** Adds a member at the end of the team. */
export async function addTeamMember(ctx: DataContext, trainingId: string, input: TeamMemberInput): Promise<TeamMember> {
  const id = ctx.newId()
  let member: TeamMember | undefined
  await ctx.commit(async (db) => {
    const existing = await listTeamMembers(db, trainingId)
    const now = ctx.now()
    member = parseDraft('teamMembers', {
      ...input,
      id,
      trainingId,
      order: (existing.at(-1)?.order ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    return [{ op: 'put', table: 'teamMembers', row: member }]
  })
  if (!member) throw new Error(`team member ${id} not written`)
  return member
}

/** Changes some fields of a member. */
export async function updateTeamMember(ctx: DataContext, id: string, patch: Partial<TeamMemberInput>): Promise<TeamMember> {
  const written = await updateRow(ctx, 'teamMembers', id, (current) => ({ ...current, ...patch }))
  if (!written) throw new Error(`team member ${id} not found`)
  return written
}

/** Removes a member softly, so a co-trainer's merge does not bring them back. */
export async function removeTeamMember(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'teamMembers', id)
}

/** Brings back a removed member (undo). */
export async function restoreTeamMember(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'teamMembers', id)
}
