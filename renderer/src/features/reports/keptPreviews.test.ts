import { describe, expect, it } from 'vitest'
import { sampleTraining } from '../../../../shared/report/__fixtures__/sampleTraining'
import { keepPreview, keptPreview, previewStillCurrent } from './keptPreviews'
import type { BuiltReport } from './useReportExport'

function built(trainingId: string): BuiltReport {
  const snapshot = sampleTraining()
  return {
    bytes: new Uint8Array([37, 80, 68, 70]),
    pageCount: 1,
    headings: [],
    unsupported: [],
    lang: 'id',
    job: {
      snapshot: { ...snapshot, training: { ...snapshot.training, id: trainingId } },
      lang: 'id',
      document: { kind: 'report', sections: [] },
      generatedAt: 1,
    },
  }
}

describe('the report preview kept while the reports tab is closed', () => {
  it('comes back for its training while the data is as it was built from', () => {
    const report = built('t-1')
    keepPreview('t-1', report)
    expect(keptPreview('t-1')).toBe(report)
    expect(previewStillCurrent('t-1', report.job.snapshot)).toBe(true)
    expect(keptPreview('t-2')).toBeNull()
  })

  it('is let go once a row of the training changed, was added or was deleted', () => {
    for (const change of [
      (s: BuiltReport['job']['snapshot']) => ({ ...s, training: { ...s.training, background: 'x', updatedAt: s.training.updatedAt + 1 } }),
      (s: BuiltReport['job']['snapshot']) => ({ ...s, ideas: s.ideas.slice(1) }),
      (s: BuiltReport['job']['snapshot']) => ({ ...s, problems: [...(s.problems ?? []), { ...s.ideas[0], updatedAt: 5 }] as never }),
    ]) {
      const report = built('t-3')
      keepPreview('t-3', report)
      expect(previewStillCurrent('t-3', change(report.job.snapshot))).toBe(false)
      expect(keptPreview('t-3')).toBeNull()
    }
  })

  it('keeps a new build in place of the old one, and only the last few trainings', () => {
    const first = built('t-4')
    const second = built('t-4')
    keepPreview('t-4', first)
    keepPreview('t-4', second)
    expect(keptPreview('t-4')).toBe(second)
    for (const id of ['t-5', 't-6', 't-7']) keepPreview(id, built(id))
    expect(keptPreview('t-4')).toBeNull()
    expect(keptPreview('t-7')).not.toBeNull()
  })
})
