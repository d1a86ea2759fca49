import type { Evaluation } from '../model/evaluation'

/** The answers to one question on one day: how many gave 1..5, and their average. */
export interface QuestionResult {
  questionId: string
  /** Answers per rating, index 0 = rating 1. */
  counts: [number, number, number, number, number]
  answers: number
  average: number | null
}

/** The daily evaluation of one day, summed up. */
export interface DayResult {
  day: number
  /** Individual forms plus paper forms (a tally counts as its largest question total). */
  forms: number
  questions: QuestionResult[]
  wentWell: string[]
  toImprove: string[]
}

function emptyCounts(): [number, number, number, number, number] {
  return [0, 0, 0, 0, 0]
}

function resultOf(questionId: string, counts: [number, number, number, number, number]): QuestionResult {
  const answers = counts.reduce((a, b) => a + b, 0)
  const total = counts.reduce((sum, n, i) => sum + n * (i + 1), 0)
  return { questionId, counts, answers, average: answers === 0 ? null : total / answers }
}

/**
 * Averages the daily evaluation per question and day, combining forms entered per participant
 * (`ratings`) and tallies of paper forms (`tallies`). Deleted rows are ignored; `questionIds`
 * fixes the order, and answers to questions no longer listed are kept after them.
 */
export function evaluationAverages(evaluations: readonly Evaluation[], questionIds: readonly string[]): DayResult[] {
  const daily = evaluations.filter((e) => e.kind === 'daily' && e.day !== null && e.deletedAt === null)
  const days = [...new Set(daily.map((e) => e.day as number))].sort((a, b) => a - b)
  const ids = [...questionIds]
  for (const e of daily) for (const id of [...Object.keys(e.ratings), ...Object.keys(e.tallies)]) if (!ids.includes(id)) ids.push(id)
  return days.map((day) => {
    const rows = daily.filter((e) => e.day === day)
    const questions = ids.map((id) => {
      const counts = emptyCounts()
      for (const e of rows) {
        const rating = e.ratings[id]
        if (rating !== undefined) counts[(rating - 1) as 0 | 1 | 2 | 3 | 4] += 1
        e.tallies[id]?.forEach((n, i) => {
          if (i < 5) counts[i as 0 | 1 | 2 | 3 | 4] += n
        })
      }
      return resultOf(id, counts)
    })
    const forms = rows.reduce((sum, e) => {
      if (e.participantId !== null) return sum + 1
      const largest = Math.max(0, ...Object.values(e.tallies).map((t) => t.reduce((a, b) => a + b, 0)))
      return sum + largest
    }, 0)
    const texts = (field: 'wentWell' | 'toImprove') => rows.map((e) => e[field].trim()).filter((s) => s !== '')
    return {
      day,
      forms,
      questions: questions.filter((q) => q.answers > 0 || questionIds.includes(q.questionId)),
      wentWell: texts('wentWell'),
      toImprove: texts('toImprove'),
    }
  })
}
