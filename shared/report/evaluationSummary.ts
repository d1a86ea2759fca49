import type { Evaluation } from '../model/evaluation'
import type { EvaluationQuestion } from '../model/training'

/** Average rating of one question on each day (null where nobody rated it). */
export interface QuestionAverages {
  id: string
  label: string
  perDay: (number | null)[]
  overall: number | null
}

/** The daily evaluation forms summed up. */
export interface DailySummary {
  days: number[]
  questions: QuestionAverages[]
  /** Forms counted per day (a tally of paper forms counts as its largest question total). */
  formsPerDay: number[]
  wentWell: string[]
  toImprove: string[]
}

/**
 * Averages the daily forms per question and day. Individual forms (`ratings`) and tallies of
 * paper forms (`tallies`, counts of 1..5) are combined, weighted by how many answers each holds.
 * Questions not in the training's list (renamed or removed later) still count. Each question is
 * named by `labelOf`, so the report names it as the app does (see questionLabel).
 */
export function summarizeDaily(
  evaluations: readonly Evaluation[],
  questions: readonly EvaluationQuestion[],
  labelOf: (question: EvaluationQuestion) => string,
): DailySummary {
  const daily = evaluations.filter((e) => e.kind === 'daily' && e.day !== null)
  const days = [...new Set(daily.map((e) => e.day as number))].sort((a, b) => a - b)
  const ids = questions.map((q) => q.id)
  for (const e of daily) {
    for (const id of [...Object.keys(e.ratings), ...Object.keys(e.tallies)]) if (!ids.includes(id)) ids.push(id)
  }
  const label = (id: string): string => labelOf(questions.find((q) => q.id === id) ?? { id, label: '' })
  const sums = (id: string, day: number | null): { total: number; count: number } => {
    let total = 0
    let count = 0
    for (const e of daily) {
      if (day !== null && e.day !== day) continue
      const rating = e.ratings[id]
      if (rating !== undefined) {
        total += rating
        count += 1
      }
      e.tallies[id]?.forEach((n, i) => {
        total += n * (i + 1)
        count += n
      })
    }
    return { total, count }
  }
  const avg = (s: { total: number; count: number }): number | null => (s.count === 0 ? null : s.total / s.count)
  const questionsOut = ids
    .map((id) => ({ id, label: label(id), perDay: days.map((d) => avg(sums(id, d))), overall: avg(sums(id, null)) }))
    .filter((q) => q.overall !== null)
  const formsPerDay = days.map((d) =>
    daily
      .filter((e) => e.day === d)
      .reduce((n, e) => {
        const tallied = Math.max(0, ...Object.values(e.tallies).map((c) => c.reduce((a, b) => a + b, 0)))
        return n + (Object.keys(e.ratings).length > 0 ? 1 : 0) + tallied
      }, 0),
  )
  const texts = (pick: (e: Evaluation) => string): string[] =>
    daily
      .map(pick)
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  return {
    days,
    questions: questionsOut,
    formsPerDay,
    wentWell: texts((e) => e.wentWell),
    toImprove: texts((e) => e.toImprove),
  }
}

/** How many scores fall in each band of 20 points: 0–20, 21–40, ..., 81–100. */
export function scoreBands(scores: readonly number[]): number[] {
  const bands = [0, 0, 0, 0, 0]
  for (const s of scores) {
    const i = Math.min(4, Math.max(0, Math.ceil(s / 20) - 1))
    bands[i] = (bands[i] ?? 0) + 1
  }
  return bands
}
