import { clusterSchema, ideaSchema, roundSchema, type Cluster, type Idea, type Round } from '../../../../shared/model/brainstorm'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

const byOrder = <T extends { order: number; createdAt: number; id: string }>(a: T, b: T) =>
  a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function stamp<T extends { updatedAt: number }>(ctx: DataContext, current: T, patch: Partial<NoInfer<T>>): T {
  return { ...current, ...patch, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) }
}

/** The brainstorm rounds of a session, in order. */
export async function listRounds(db: PelatihDb, sessionId: string): Promise<Round[]> {
  const rows = await db.rounds.where('sessionId').equals(sessionId).toArray()
  return rows.filter((r) => r.deletedAt === null).sort(byOrder)
}

/** Opens a new round with its question. */
export async function addRound(ctx: DataContext, session: { id: string; trainingId: string }, question: string): Promise<Round> {
  const existing = await listRounds(ctx.db, session.id)
  const now = ctx.now()
  const round = roundSchema.parse({
    id: ctx.newId(), trainingId: session.trainingId, sessionId: session.id, question,
    order: (existing.at(-1)?.order ?? 0) + 1, createdAt: now, updatedAt: now, deletedAt: null,
  })
  await ctx.commit([{ op: 'put', table: 'rounds', row: round }])
  return round
}

/** Changes the question of a round. */
export async function updateRoundQuestion(ctx: DataContext, id: string, question: string): Promise<void> {
  const current = await ctx.db.rounds.get(id)
  if (!current || current.question === question) return
  await ctx.commit([{ op: 'put', table: 'rounds', row: stamp(ctx, current, { question }) }])
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
  return ideaSchema.parse({
    id: ctx.newId(), trainingId: round.trainingId, sessionId: round.sessionId, roundId: round.id,
    text, author: input.author.trim(), group: input.group.trim(), clusterId: input.clusterId ?? null,
    votes: 0, order: now, createdAt: now, updatedAt: now, deletedAt: null,
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
  const current = await ctx.db.ideas.get(id)
  if (!current) throw new Error(`card ${id} not found`)
  await ctx.commit([{ op: 'put', table: 'ideas', row: ideaSchema.parse(stamp(ctx, current, patch)) }])
}

/** Adds (or, negative, takes away) dot votes; never below zero. */
export async function voteIdea(ctx: DataContext, id: string, delta: number): Promise<void> {
  const current = await ctx.db.ideas.get(id)
  if (!current) return
  const votes = Math.max(0, current.votes + delta)
  if (votes === current.votes) return
  await ctx.commit([{ op: 'put', table: 'ideas', row: stamp(ctx, current, { votes }) }])
}

/** Moves a card into a cluster (null: back to unsorted), at the end of it. */
export async function moveIdea(ctx: DataContext, id: string, clusterId: string | null): Promise<void> {
  const current = await ctx.db.ideas.get(id)
  if (!current || current.clusterId === clusterId) return
  await ctx.commit([{ op: 'put', table: 'ideas', row: stamp(ctx, current, { clusterId }) }])
}

/** Removes a card softly (undo with restoreIdea). */
export async function removeIdea(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.ideas.get(id)
  if (!current || current.deletedAt !== null) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'ideas', row: { ...current, deletedAt: now, updatedAt: now } }])
}

/** Brings a removed card back. */
export async function restoreIdea(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.ideas.get(id)
  if (!current || current.deletedAt === null) return
  await ctx.commit([{ op: 'put', table: 'ideas', row: stamp(ctx, current, { deletedAt: null }) }])
}

/** Creates a cluster at the end, optionally moving a card into it in the same commit. */
export async function addCluster(ctx: DataContext, round: Round, name: string, ideaId?: string): Promise<Cluster> {
  const existing = await listClusters(ctx.db, round.id)
  const now = ctx.now()
  const cluster = clusterSchema.parse({
    id: ctx.newId(), trainingId: round.trainingId, roundId: round.id, name: name.trim(),
    order: (existing.at(-1)?.order ?? 0) + 1, createdAt: now, updatedAt: now, deletedAt: null,
  })
  const changes: Change[] = [{ op: 'put', table: 'clusters', row: cluster }]
  const idea = ideaId ? await ctx.db.ideas.get(ideaId) : undefined
  if (idea) changes.push({ op: 'put', table: 'ideas', row: stamp(ctx, idea, { clusterId: cluster.id }) })
  await ctx.commit(changes)
  return cluster
}

/** Renames a cluster. */
export async function renameCluster(ctx: DataContext, id: string, name: string): Promise<void> {
  const current = await ctx.db.clusters.get(id)
  if (!current || current.name === name.trim()) return
  await ctx.commit([{ op: 'put', table: 'clusters', row: clusterSchema.parse(stamp(ctx, current, { name: name.trim() })) }])
}

/** Moves a cluster one place left (-1) or right (+1) by swapping orders with its neighbour. */
export async function moveCluster(ctx: DataContext, id: string, direction: -1 | 1): Promise<void> {
  const current = await ctx.db.clusters.get(id)
  if (!current) return
  const list = await listClusters(ctx.db, current.roundId)
  const index = list.findIndex((c) => c.id === id)
  const other = list[index + direction]
  if (index < 0 || !other) return
  // Orders may tie after a merge; renumbering the pair from its neighbours keeps them distinct.
  const a = stamp(ctx, current, { order: other.order })
  const b = stamp(ctx, other, { order: current.order === other.order ? current.order - direction : current.order })
  await ctx.commit([{ op: 'put', table: 'clusters', row: a }, { op: 'put', table: 'clusters', row: b }])
}

/** Removes a cluster softly; its cards go back to unsorted in the same commit. */
export async function removeCluster(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.clusters.get(id)
  if (!current || current.deletedAt !== null) return
  const cards = await ctx.db.ideas.where('clusterId').equals(id).toArray()
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([
    { op: 'put', table: 'clusters', row: { ...current, deletedAt: now, updatedAt: now } },
    ...cards.map((c): Change => ({ op: 'put', table: 'ideas', row: stamp(ctx, c, { clusterId: null }) })),
  ])
}
