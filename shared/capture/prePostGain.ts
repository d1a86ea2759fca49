import type { Evaluation } from '../model/evaluation'

/** One participant's pre-test and post-test scores. */
export interface PrePostPair {
  participantId: string
  pre: number | null
  post: number | null
  /** post - pre, when both were taken. */
  gain: number | null
}

/**
 * Pre/post test results. Each average is the average of its column: the pre-test average
 * counts everyone who sat the pre-test, the post-test average everyone who sat the post-test,
 * and the gain (and who improved) only those who sat both.
 */
export interface PrePostResult {
  /** Participants with at least one score, in the order they were given. */
  pairs: PrePostPair[]
  averagePre: number | null
  /** Participants with a pre-test score. */
  preCount: number
  averagePost: number | null
  /** Participants with a post-test score. */
  postCount: number
  /** Participants with both scores. */
  paired: number
  averageGain: number | null
  improved: number
  /** improved / paired, 0..1. */
  improvedShare: number | null
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length)

/**
 * Pairs each participant's pre-test and post-test score (the latest row wins when there are
 * several) and averages every column over the scores in it (see PrePostResult). Only the
 * `participants` given count (the app and the report pass the participants who are not
 * observers), so the screen and the PDF print the same figures.
 */
export function prePostGain(evaluations: readonly Evaluation[], participants: readonly { id: string }[]): PrePostResult {
  const latest = new Map<string, Evaluation>()
  for (const e of evaluations) {
    if (e.deletedAt !== null || e.participantId === null || e.score === null || (e.kind !== 'pre' && e.kind !== 'post')) continue
    const key = `${e.kind}:${e.participantId}`
    const seen = latest.get(key)
    if (!seen || seen.updatedAt <= e.updatedAt) latest.set(key, e)
  }
  const pairs = participants
    .map(({ id }) => {
      const pre = latest.get(`pre:${id}`)?.score ?? null
      const post = latest.get(`post:${id}`)?.score ?? null
      return { participantId: id, pre, post, gain: pre !== null && post !== null ? post - pre : null }
    })
    .filter((p) => p.pre !== null || p.post !== null)
  const pres = pairs.flatMap((p) => (p.pre === null ? [] : [p.pre]))
  const posts = pairs.flatMap((p) => (p.post === null ? [] : [p.post]))
  const gains = pairs.flatMap((p) => (p.gain === null ? [] : [p.gain]))
  const improved = gains.filter((g) => g > 0).length
  return {
    pairs,
    averagePre: mean(pres),
    preCount: pres.length,
    averagePost: mean(posts),
    postCount: posts.length,
    paired: gains.length,
    averageGain: mean(gains),
    improved,
    improvedShare: gains.length === 0 ? null : improved / gains.length,
  }
}
