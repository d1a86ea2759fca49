import { useCallback } from 'react'
import type { PhotoFiles } from '../../../../shared/report/photoImage'
import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'
import { readReportPhotoFiles } from '../photos/reportPhotoFiles'
import { readTrainingSnapshot } from '../repositories/reportSnapshot'
import { useData } from './useData'

/** Reads everything a report of a training needs, with its photo files; undefined when the training is gone. */
export function useReadReportSnapshot(): (trainingId: string) => Promise<(TrainingSnapshot & { photoFiles: PhotoFiles }) | undefined> {
  const { data, bridge } = useData()
  return useCallback(
    async (trainingId: string) => {
      const stored = await readTrainingSnapshot(data.db, trainingId)
      if (!stored) return undefined
      return { ...stored, photoFiles: await readReportPhotoFiles(data.db, bridge, stored) }
    },
    [data.db, bridge],
  )
}
