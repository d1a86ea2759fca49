import type { Organization } from '../../../../shared/model/organization'
import { organizationKey } from '../../../../shared/model/organization'
import { listOrganizations } from '../repositories/organizationRepository'
import { listTrainings } from '../repositories/trainingRepository'
import { useLiveRead } from './useLiveRead'

/** A profile and how many live trainings print its letterhead (their organiser has its name). */
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
      const key = organizationKey(training.organizer)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return organizations.map((organization) => ({
      organization,
      trainings: organizationKey(organization.name) === '' ? 0 : (counts.get(organizationKey(organization.name)) ?? 0),
    }))
  }, [])
}
