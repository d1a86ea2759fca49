import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'
import type { BuiltReport } from './useReportExport'

/** How many trainings keep their last preview: each holds its PDF bytes in memory. */
const KEPT_TRAININGS = 3

interface Kept {
  built: BuiltReport
  stamp: string
}

/** Outlives the reports tab (it unmounts when the trainer opens another tab), not the app. */
const kept = new Map<string, Kept>()

/**
 * What a training's data looks like as the report reads it: every row's count and last change,
 * so a row added, edited, deleted or removed changes it (photo files are named by their rows).
 */
export function snapshotStamp(snapshot: TrainingSnapshot): string {
  let rows = 0
  let last = 0
  let sum = 0
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'photoFiles' || value === null || value === undefined) continue
    for (const row of (Array.isArray(value) ? value : [value]) as { id?: unknown; updatedAt?: unknown }[]) {
      if (typeof row.updatedAt !== 'number') continue
      rows += 1
      last = Math.max(last, row.updatedAt)
      sum = (sum + (row.updatedAt % 1_000_003)) % 1_000_000_007
    }
  }
  return `${rows}:${last}:${sum}`
}

/** Keeps the preview just built for a training (the oldest other training's is let go past a few). */
export function keepPreview(trainingId: string, built: BuiltReport): void {
  kept.delete(trainingId)
  kept.set(trainingId, { built, stamp: snapshotStamp(built.job.snapshot) })
  for (const id of kept.keys()) {
    if (kept.size <= KEPT_TRAININGS) break
    kept.delete(id)
  }
}

/** The preview kept for a training, or null. */
export function keptPreview(trainingId: string): BuiltReport | null {
  return kept.get(trainingId)?.built ?? null
}

/**
 * Whether the kept preview still shows the training's data as it is now; when not, it is let go
 * (false). True when nothing is kept.
 */
export function previewStillCurrent(trainingId: string, snapshot: TrainingSnapshot): boolean {
  const entry = kept.get(trainingId)
  if (!entry) return true
  if (entry.stamp === snapshotStamp(snapshot)) return true
  kept.delete(trainingId)
  return false
}
