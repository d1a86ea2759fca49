import { teamMemberSchema, type TeamMember } from '../../../../shared/model/teamMember'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

/** What the team form edits. */
export type TeamMemberInput = Pick<TeamMember, 'name' | 'role' | 'organization' | 'bio' | 'contact'>

/** The team of a training, in the order the user arranged it. */
export async function listTeamMembers(db: PelatihDb, trainingId: string): Promise<TeamMember[]> {
  const rows = await db.teamMembers.where('trainingId').equals(trainingId).toArray()
  return rows.filter((m) => m.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** Adds a member at the end of the team. */
export async function addTeamMember(ctx: DataContext, trainingId: string, input: TeamMemberInput): Promise<TeamMember> {
  const existing = await listTeamMembers(ctx.db, trainingId)
  const now = ctx.now()
  const member = teamMemberSchema.parse({
    ...input,
    id: ctx.newId(),
    trainingId,
    order: (existing.at(-1)?.order ?? 0) + 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  })
  await ctx.commit([{ op: 'put', table: 'teamMembers', row: member }])
  return member
}

/** Changes some fields of a member. */
export async function updateTeamMember(ctx: DataContext, id: string, patch: Partial<TeamMemberInput>): Promise<TeamMember> {
  const current = await ctx.db.teamMembers.get(id)
  if (!current) throw new Error(`team member ${id} not found`)
  const next = { ...current, ...patch, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) }
  await ctx.commit([{ op: 'put', table: 'teamMembers', row: next }])
  return next
}

/** Removes a member softly, so a co-trainer's merge does not bring them back. */
export async function removeTeamMember(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.teamMembers.get(id)
  if (!current || current.deletedAt !== null) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'teamMembers', row: { ...current, deletedAt: now, updatedAt: now } }])
}

/** Brings back a removed member (undo). */
export async function restoreTeamMember(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.teamMembers.get(id)
  if (!current || current.deletedAt === null) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'teamMembers', row: { ...current, deletedAt: null, updatedAt: now } }])
}
