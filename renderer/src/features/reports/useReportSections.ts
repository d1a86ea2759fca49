import { useCallback, useState } from 'react'
import type { Training } from '../../../../shared/model/training'
import { REPORT_SECTION_IDS, reportSectionsOf, type ReportSectionId } from '../../../../shared/report/reportSections'
import { useData } from '../../data/hooks/useData'
import { updateTraining } from '../../data/repositories/trainingRepository'

/** The sections chosen for the full report and the ways to change them. */
export interface ReportSectionChoice {
  sections: ReportSectionId[]
  toggle: (id: ReportSectionId, on: boolean) => void
  setAll: (on: boolean) => void
}

/**
 * The sections of the full report, remembered per training in `training.reportSections`. The
 * choice shows at once and is written in the background (the save indicator reports it).
 */
export function useReportSections(training: Training): ReportSectionChoice {
  const { data } = useData()
  const saved = training.reportSections
  const savedKey = saved === null ? null : saved.join('|')
  const [state, setState] = useState(() => ({ key: savedKey, sections: reportSectionsOf(saved) }))
  // Another window or a merged capture pack may change the stored choice; follow it.
  if (state.key !== savedKey) setState({ key: savedKey, sections: reportSectionsOf(saved) })
  const sections = state.sections

  const store = useCallback(
    (next: ReportSectionId[]) => {
      setState({ key: next.join('|'), sections: next })
      void updateTraining(data, training.id, { reportSections: next }).catch(() => undefined)
    },
    [data, training.id],
  )

  const toggle = useCallback(
    (id: ReportSectionId, on: boolean) => store(REPORT_SECTION_IDS.filter((s) => (s === id ? on : sections.includes(s)))),
    [sections, store],
  )
  const setAll = useCallback((on: boolean) => store(on ? [...REPORT_SECTION_IDS] : []), [store])

  return { sections, toggle, setAll }
}
