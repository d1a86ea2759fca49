import { type Cluster, type Idea, type Round } from '../../../../shared/model/brainstorm'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

const byOrder = <T extends { order: number; createdAt: number; id: string }>(a: T, b: T) =>
  a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function stamp<T extends { updatedAt: number }>(ctx: DataContext, current: T, patch: Partial<NoInfer<T>>): T {
  return { ...current, ...patch, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) }
}

function orderAfter(rows: readonly { order: number }[]): number {
  return (rows.at(-1)?.order ?? 0) + 1
}

/** The brainstorm rounds of a session, in order. */
export async function listRounds(db: PelatihDb, sessionId: string): Promise<Round[]> {
  const rows = await db.rounds.where('sessionId').equals(sessionId).toArray()
  return rows.filter((r) => r.deletedAt === null).sort(byOrder)
}

/** Opens a new round with its question. */
export async function addRound(ctx: DataContext, session: { id: string; trainingId: string }, question: string): Promise<Round> {
  const id = ctx.newId()
  let round: Round | undefined
  await ctx.commit(async (db) => {
    const now = ctx.now()
    round = parseDraft('rounds', {
      id,
      trainingId: session.trainingId,
      sessionId: session.id,
      question,
      order: orderAfter(await listRounds(db, session.id)),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    return [{ op: 'put', table: 'rounds', row: round }]
  })
  if (!round) throw new Error(`round ${id} not written`)
  return round
}

/** Changes the question of a round. */
export async function updateRoundQuestion(ctx: DataContext, id: string, question: string): Promise<void> {
  await updateRow(ctx, 'rounds', id, (current) => (current.question === question ? null : { ...current, question }))
}

/** The live cards of a round, in board order. */
export async function listIdeas(db: PelatihDb, roundId: string): Promise<Idea[]> {
  const rows = await db.ideas.where('roundId').equals(roundId).toArray()
  return rows.filter((i) => i.deletedAt === null).sort(byOrder)
}

/** The live clusters of a round, in order. */
export async function listClusters(db: PelatihDb, roundId: string): Promise<Cluster[]> {
  const rows = await db.clusters.where('roundId').equals(roundId).toArray()
  return rows.filter((c) => c.deletedAt === null).sort(byOrder)
}

/** What the trainer types for a card. */
export interface IdeaInput {
  text: string
  author: string
  group: string
  clusterId?: string | null
}

/**
 * The row of a new card at the end of the board, not yet saved (the board shows it at once
 * while `saveIdea` writes it). Blank text is refused.
 */
export function buildIdea(ctx: DataContext, round: Round, input: IdeaInput): Idea {
  const text = input.text.trim()
  if (text === '') throw new Error('empty card')
  // The clock orders new cards: no read of the whole board per card (2,000 cards stay fast),
  // later cards come last, and cards typed on two laptops interleave by time when merged.
  const now = ctx.now()
  return parseDraft('ideas', {
    id: ctx.newId(),
    trainingId: round.trainingId,
    sessionId: round.sessionId,
    roundId: round.id,
    text,
    author: input.author.trim(),
    group: input.group.trim(),
    clusterId: input.clusterId ?? null,
    votes: 0,
    order: now,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  })
}

/** Saves a card made by `buildIdea`. */
export async function saveIdea(ctx: DataContext, idea: Idea): Promise<void> {
  await ctx.commit([{ op: 'put', table: 'ideas', row: idea }])
}

/** Adds a card at the end of the board. Blank text is refused (the input keeps it). */
export async function addIdea(ctx: DataContext, round: Round, input: IdeaInput): Promise<Idea> {
  const idea = buildIdea(ctx, round, input)
  await saveIdea(ctx, idea)
  return idea
}

/** Edits a card's text, author or group. */
export async function updateIdea(ctx: DataContext, id: string, patch: Partial<Pick<Idea, 'text' | 'author' | 'group'>>): Promise<void> {
  const written = await updateRow(ctx, 'ideas', id, (current) => parseDraft('ideas', { ...current, ...patch }))
  if (!written) throw new Error(`card ${id} not found`)
}

/** Adds (or, negative, takes away) dot votes; never below zero. */
export async function voteIdea(ctx: DataContext, id: string, delta: number): Promise<void> {
  await updateRow(ctx, 'ideas', id, (current) => {
    const votes = Math.max(0, current.votes + delta)
    return votes === current.votes ? null : { ...current, votes }
  })
}

/** Moves a card into a cluster (null: back to unsorted), at the end of it. */
export async function moveIdea(ctx: DataContext, id: string, clusterId: string | null): Promise<void> {
  await updateRow(ctx, 'ideas', id, (current) => (current.clusterId === clusterId ? null : { ...current, clusterId }))
}

/** Removes a card softly (undo with restoreIdea). */
export async function removeIdea(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'ideas', id)
}

/** Brings a removed card back. */
export async function restoreIdea(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'ideas', id)
}

/** Creates a cluster at the end, optionally moving a card into it in the same commit. */
export async function addCluster(ctx: DataContext, round: Round, name: string, ideaId?: string): Promise<Cluster> {
  const id = ctx.newId()
  let cluster: Cluster | undefined
  await ctx.commit(async (db) => {
    const now = ctx.now()
    const created = parseDraft('clusters', {
      id,
      trainingId: round.trainingId,
      roundId: round.id,
      name: name.trim(),
      order: orderAfter(await listClusters(db, round.id)),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    cluster = created
    const changes: Change[] = [{ op: 'put', table: 'clusters', row: created }]
    const idea = ideaId ? await db.ideas.get(ideaId) : undefined
    if (idea) changes.push({ op: 'put', table: 'ideas', row: stamp(ctx, idea, { clusterId: created.id }) })
    return changes
  })
  if (!cluster) throw new Error(`cluster ${id} not written`)
  return cluster
}

/** Renames a cluster. */
export async function renameCluster(ctx: DataContext, id: string, name: string): Promise<void> {
  await updateRow(ctx, 'clusters', id, (current) =>
    current.name === name.trim() ? null : parseDraft('clusters', { ...current, name: name.trim() }),
  )
}

/** Moves a cluster one place left (-1) or right (+1) by swapping orders with its neighbour. */
export async function moveCluster(ctx: DataContext, id: string, direction: -1 | 1): Promise<void> {
  await ctx.commit(async (db) => {
    const current = await db.clusters.get(id)
    if (!current) return []
    const list = await listClusters(db, current.roundId)
    const index = list.findIndex((c) => c.id === id)
    const other = list[index + direction]
    if (index < 0 || !other) return []
    // Orders may tie after a merge; renumbering the pair from its neighbours keeps them distinct.
    const a = stamp(ctx, current, { order: other.order })
    const b = stamp(ctx, other, { order: current.order === other.order ? current.order - direction : current.order })
    return [
      { op: 'put', table: 'clusters', row: a },
      { op: 'put', table: 'clusters', row: b },
    ]
  })
}

/** Removes a cluster softly; its cards go back to unsorted in the same commit. */
export async function removeCluster(ctx: DataContext, id: string): Promise<void> {
  await ctx.commit(async (db) => {
    const current = await db.clusters.get(id)
    if (!current || current.deletedAt !== null) return []
    const cards = await db.ideas.where('clusterId').equals(id).toArray()
    const now = Math.max(ctx.now(), current.updatedAt + 1)
    return [
      { op: 'put', table: 'clusters', row: { ...current, deletedAt: now, updatedAt: now } },
      ...cards.map((c): Change => ({ op: 'put', table: 'ideas', row: stamp(ctx, c, { clusterId: null }) })),
    ]
  })
}
