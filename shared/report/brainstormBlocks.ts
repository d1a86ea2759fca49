import type { Cluster, Idea } from '../model/brainstorm'
import type { Session } from '../model/session'
import { blockFactory, hasText } from './blockFactory'
import type { ReportContext } from './reportContext'
import type { ReportBlock } from './reportModel'

/** Cards of one cluster (or of no cluster), with their total votes. */
export interface ClusterResult {
  cluster: Cluster | null
  ideas: Idea[]
  votes: number
}

/**
 * Groups a round's cards by cluster: clusters with the most votes first (ties keep the board
 * order), cards inside a cluster by votes, and cards in no cluster last.
 */
export function clusterResults(clusters: readonly Cluster[], ideas: readonly Idea[]): ClusterResult[] {
  const byVotes = (a: Idea, b: Idea): number => b.votes - a.votes || a.order - b.order
  const results: ClusterResult[] = clusters
    .map((cluster) => {
      const own = ideas.filter((i) => i.clusterId === cluster.id).sort(byVotes)
      return { cluster, ideas: own, votes: own.reduce((sum, i) => sum + i.votes, 0) }
    })
    .filter((r) => r.ideas.length > 0)
    .sort((a, b) => b.votes - a.votes || (a.cluster?.order ?? 0) - (b.cluster?.order ?? 0))
  const loose = ideas.filter((i) => i.clusterId === null).sort(byVotes)
  if (loose.length > 0) {
    results.push({ cluster: null, ideas: loose, votes: loose.reduce((sum, i) => sum + i.votes, 0) })
  }
  return results
}

/**
 * The brainstorm rounds of a session: the question, then a table of cards by cluster with their
 * votes. Rounds without cards are left out.
 */
export function brainstormBlocks(ctx: ReportContext, session: Session): ReportBlock[] {
  const { t, fill } = ctx
  const b = blockFactory('brainstorms')
  const rounds = ctx.data.rounds.filter((r) => r.sessionId === session.id)
  const blocks: ReportBlock[] = []
  rounds.forEach((round, index) => {
    const ideas = ctx.data.ideas.filter((i) => i.roundId === round.id && hasText(i.text))
    if (ideas.length === 0) return
    const clusters = ctx.data.clusters.filter((c) => c.roundId === round.id)
    const withAuthor = ideas.some((i) => hasText(i.author) || hasText(i.group))
    const rows: string[][] = []
    for (const result of clusterResults(clusters, ideas)) {
      const name = result.cluster?.name ?? t.unclustered
      result.ideas.forEach((idea, k) => {
        const row = [k === 0 ? fill('clusterVotes', { name, votes: result.votes }) : '', idea.text.trim(), String(idea.votes)]
        if (withAuthor) row.push([idea.author, idea.group].filter(hasText).join(', '))
        rows.push(row)
      })
    }
    const head = [t.colCluster, t.colIdea, t.colVotes]
    if (withAuthor) head.push(t.colFrom)
    const caption = fill('brainstormCaption', { session: session.title }) + (rounds.length > 1 ? ` (${index + 1})` : '')
    blocks.push(b.heading(4, fill('brainstorm', { question: round.question.trim() })))
    blocks.push(
      b.table(caption, head, rows, {
        widths: withAuthor ? [24, 50, 9, 17] : [28, 62, 10],
        align: ['left', 'left', 'right', 'left'],
      }),
    )
  })
  return blocks
}
