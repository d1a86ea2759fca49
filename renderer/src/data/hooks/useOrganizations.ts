import type { Organization } from '../../../../shared/model/organization'
import { organizationOfTraining } from '../../../../shared/model/organization'
import { listOrganizations } from '../repositories/organizationRepository'
import { listTrainings } from '../repositories/trainingRepository'
import { useLiveRead } from './useLiveRead'

/** A profile and how many live trainings print its letterhead (they link it, or find it by name). */
export interface OrganizationInUse {
  organization: Organization
  trainings: number
}

/** The organisation profiles, live, each with the trainings that use it; undefined while loading. */
export function useOrganizations(): OrganizationInUse[] | undefined {
  return useLiveRead(async (db) => {
    const [organizations, trainings] = await Promise.all([listOrganizations(db), listTrainings(db)])
    const counts = new Map<string, number>()
    for (const training of trainings) {
      const id = organizationOfTraining(training, organizations)?.id
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return organizations.map((organization) => ({ organization, trainings: counts.get(organization.id) ?? 0 }))
  }, [])
}
