import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What the group card edits. */
export type GroupInput = Pick<DiscussionGroup, 'name' | 'question' | 'memberIds' | 'reporterId' | 'outputPoints' | 'outputText'>

/** The discussion groups of a session, in order. */
export async function listGroups(db: PelatihDb, sessionId: string): Promise<DiscussionGroup[]> {
  const rows = await db.groups.where('sessionId').equals(sessionId).toArray()
  return rows.filter((g) => g.deletedAt === null).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
}

/** The ids of the participants marked present on a day of the training. */
export async function listPresentParticipantIds(db: PelatihDb, trainingId: string, day: number): Promise<string[]> {
  const rows = await db.attendance.where('trainingId').equals(trainingId).toArray()
  return rows.filter((a) => a.day === day && a.present && a.deletedAt === null).map((a) => a.participantId)
}

function newGroup(ctx: DataContext, trainingId: string, sessionId: string, name: string, memberIds: string[], order: number, now: number) {
  return parseDraft('groups', {
    id: ctx.newId(),
    trainingId,
    sessionId,
    name,
    question: '',
    memberIds,
    reporterId: null,
    outputPoints: [],
    outputText: '',
    order,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  })
}

/**
 * Replaces the session's groups by new ones (the group maker's result), in one commit: the old
 * groups are deleted softly, and a question already typed is carried over to the new groups.
 */
export async function replaceGroups(
  ctx: DataContext,
  trainingId: string,
  sessionId: string,
  groups: { name: string; memberIds: string[] }[],
): Promise<DiscussionGroup[]> {
  let created: DiscussionGroup[] = []
  await ctx.commit(async (db) => {
    const old = await listGroups(db, sessionId)
    const now = ctx.now()
    created = groups.map((g, i) => ({
      ...newGroup(ctx, trainingId, sessionId, g.name, g.memberIds, i + 1, now),
      question: old[i]?.question ?? old[0]?.question ?? '',
    }))
    return [
      ...old.map((g): Change => ({
        op: 'put',
        table: 'groups',
        row: { ...g, deletedAt: Math.max(now, g.updatedAt + 1), updatedAt: Math.max(now, g.updatedAt + 1) },
      })),
      ...created.map((row): Change => ({ op: 'put', table: 'groups', row })),
    ]
  })
  return created
}

/** Adds an empty group at the end. */
export async function addGroup(ctx: DataContext, trainingId: string, sessionId: string, name: string): Promise<DiscussionGroup> {
  let row: DiscussionGroup | undefined
  await ctx.commit(async (db) => {
    const existing = await listGroups(db, sessionId)
    row = newGroup(ctx, trainingId, sessionId, name, [], Math.max(0, ...existing.map((g) => g.order)) + 1, ctx.now())
    return [{ op: 'put', table: 'groups', row }]
  })
  if (!row) throw new Error(`group ${name} not written`)
  return row
}

/** Changes some fields of a group. */
export async function updateGroup(ctx: DataContext, id: string, patch: Partial<GroupInput>): Promise<DiscussionGroup> {
  const written = await updateRow(ctx, 'groups', id, (current) => ({ ...current, ...patch }))
  if (!written) throw new Error(`group ${id} not found`)
  return written
}

/**
 * Moves a participant to another group of the same session (both rows in one commit); a
 * reporter who leaves a group stops being its reporter.
 */
export async function moveGroupMember(ctx: DataContext, participantId: string, toGroupId: string, index?: number): Promise<void> {
  await ctx.commit(async (db) => {
    const target = await db.groups.get(toGroupId)
    if (!target) throw new Error(`group ${toGroupId} not found`)
    const siblings = await listGroups(db, target.sessionId)
    const now = ctx.now()
    const changes: Change[] = []
    for (const g of siblings) {
      if (g.id === toGroupId) continue
      if (!g.memberIds.includes(participantId)) continue
      changes.push({
        op: 'put',
        table: 'groups',
        row: {
          ...g,
          memberIds: g.memberIds.filter((m) => m !== participantId),
          reporterId: g.reporterId === participantId ? null : g.reporterId,
          updatedAt: Math.max(now, g.updatedAt + 1),
        },
      })
    }
    const rest = target.memberIds.filter((m) => m !== participantId)
    const at = index === undefined ? rest.length : Math.max(0, Math.min(index, rest.length))
    changes.push({
      op: 'put',
      table: 'groups',
      row: {
        ...target,
        memberIds: [...rest.slice(0, at), participantId, ...rest.slice(at)],
        updatedAt: Math.max(now, target.updatedAt + 1),
      },
    })
    return changes
  })
}

/** Deletes a group softly (undo with restoreGroup). */
export async function removeGroup(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'groups', id)
}

/** Brings back a deleted group. */
export async function restoreGroup(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'groups', id)
}
