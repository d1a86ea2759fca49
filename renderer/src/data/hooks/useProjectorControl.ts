import { useCallback } from 'react'
import { setProjectorView, type ProjectorView } from '../repositories/projectorRepository'
import { useData } from './useData'

/** Switches what the projector window shows for a training: the trainer's window only. */
export function useShowOnProjector(): (trainingId: string, view: ProjectorView) => Promise<void> {
  const { db } = useData().data
  return useCallback((trainingId: string, view: ProjectorView) => setProjectorView(db, trainingId, view), [db])
}
