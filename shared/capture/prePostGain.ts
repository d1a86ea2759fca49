import type { Evaluation } from '../model/evaluation'

/** One participant's pre-test and post-test scores. */
export interface PrePostPair {
  participantId: string
  pre: number | null
  post: number | null
  /** post - pre, when both were taken. */
  gain: number | null
}

/** Pre/post test results: averages, and the gain over the participants who sat both tests. */
export interface PrePostResult {
  pairs: PrePostPair[]
  averagePre: number | null
  averagePost: number | null
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
 * several) and computes the average gain and the share who improved; participants who missed
 * one of the tests count in that test's average only.
 */
export function prePostGain(evaluations: readonly Evaluation[]): PrePostResult {
  const latest = new Map<string, Evaluation>()
  for (const e of evaluations) {
    if (e.deletedAt !== null || e.participantId === null || e.score === null || (e.kind !== 'pre' && e.kind !== 'post')) continue
    const key = `${e.kind}:${e.participantId}`
    const seen = latest.get(key)
    if (!seen || seen.updatedAt <= e.updatedAt) latest.set(key, e)
  }
  const ids = [...new Set([...latest.values()].map((e) => e.participantId as string))]
  const pairs = ids.map((participantId) => {
    const pre = latest.get(`pre:${participantId}`)?.score ?? null
    const post = latest.get(`post:${participantId}`)?.score ?? null
    return { participantId, pre, post, gain: pre !== null && post !== null ? post - pre : null }
  })
  const gains = pairs.flatMap((p) => (p.gain === null ? [] : [p.gain]))
  const improved = gains.filter((g) => g > 0).length
  return {
    pairs,
    averagePre: mean(pairs.flatMap((p) => (p.pre === null ? [] : [p.pre]))),
    averagePost: mean(pairs.flatMap((p) => (p.post === null ? [] : [p.post]))),
    paired: gains.length,
    averageGain: mean(gains),
    improved,
    improvedShare: gains.length === 0 ? null : improved / gains.length,
  }
}
