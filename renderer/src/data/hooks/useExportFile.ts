import { useCallback } from 'react'
import type { ExportKind } from '../../../../shared/exchange/exportEnvelope'
import { withPhotoFiles } from '../exchange/exchangePhotos'
import { buildExport } from '../exchange/exportData'
import { useData } from './useData'

/** An export file ready to save, or the hash of a photo whose file could not be read. */
export type ExportFile = Awaited<ReturnType<typeof withPhotoFiles>>

/**
 * Builds an export of the given trainings (everything for a backup). A file that leaves this
 * computer carries its photos: one archive, each photo once.
 */
export function useExportFile(): (kind: ExportKind, trainingIds: string[] | undefined) => Promise<ExportFile> {
  const { data, bridge } = useData()
  return useCallback(
    async (kind: ExportKind, trainingIds: string[] | undefined) => {
      const built = await buildExport(data.db, kind, trainingIds)
      return withPhotoFiles(data.db, bridge, built.bytes, built.photos)
    },
    [data.db, bridge],
  )
}
