import type { Organization } from '../../../../shared/model/organization'
import { isOrganizationEmail, organizationOfTraining } from '../../../../shared/model/organization'
import { parseDraft } from '../../../../shared/model/draftRow'
import { compareNames } from '../../../../shared/lists/compareNames'
import { readLogo, type LogoRefusal } from '../../../../shared/photos/readLogo'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { listTrainings } from './trainingRepository'

/** The text fields of an organisation profile. */
export type OrganizationFields = Pick<Organization, 'name' | 'address' | 'phone' | 'email' | 'website'>

/** Why an edit of a profile was refused; nothing was written. */
export type OrganizationRefusal = { readonly problem: 'invalidEmail' } | LogoRefusal

/** What an edit of a profile did. */
export type OrganizationEdit = { readonly ok: true } | ({ readonly ok: false } & OrganizationRefusal)

/** The organisation profiles kept on this computer, by name (deleted ones left out). */
export async function listOrganizations(db: PelatihDb): Promise<Organization[]> {
  const rows = await db.organizations.toArray()
  return rows.filter((o) => o.deletedAt === null).sort((a, b) => compareNames(a.name, b.name) || a.createdAt - b.createdAt)
}

/** Adds a profile, empty but for the name given (the organiser of a training, say). */
export async function createOrganization(ctx: DataContext, name = ''): Promise<Organization> {
  const now = ctx.now()
  const row = parseDraft('organizations', {
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    name: name.trim(),
    address: '',
    phone: '',
    email: '',
    website: '',
    logo: null,
  })
  await ctx.commit(() => [{ op: 'put', table: 'organizations', row }])
  return row
}

/**
 * Changes text fields of a profile; an email that is no address is refused and nothing is written.
 * Before a new name is written, the trainings that still find this profile by their organiser's
 * name store its id, so the rename does not take their letterhead away.
 */
export async function updateOrganization(ctx: DataContext, id: string, patch: Partial<OrganizationFields>): Promise<OrganizationEdit> {
  if (patch.email !== undefined && !isOrganizationEmail(patch.email)) return { ok: false, problem: 'invalidEmail' }
  if (patch.name !== undefined) await linkTrainingsByName(ctx, id)
  const fields = patch.email === undefined ? patch : { ...patch, email: patch.email.trim() }
  const written = await updateRow(ctx, 'organizations', id, (current) => ({ ...current, ...fields }))
  if (!written) throw new Error(`organization ${id} not found`)
  return { ok: true }
}

/**
 * Takes a file as the profile's logo when it is a PNG or JPEG within the size limits (see
 * readLogo); otherwise says why and leaves the profile as it was.
 */
export async function setOrganizationLogo(ctx: DataContext, id: string, bytes: Uint8Array): Promise<OrganizationEdit> {
  const read = readLogo(bytes)
  if (!read.ok) {
    const { ok: _refused, ...refusal } = read
    return { ok: false, ...refusal }
  }
  const written = await updateRow(ctx, 'organizations', id, (current) => ({ ...current, logo: read.logo }))
  if (!written) throw new Error(`organization ${id} not found`)
  return { ok: true }
}

/** Takes the logo off a profile (its letterhead then prints without one). */
export async function removeOrganizationLogo(ctx: DataContext, id: string): Promise<void> {
  await updateRow(ctx, 'organizations', id, (current) => (current.logo === null ? null : { ...current, logo: null }))
}

/** Removes a profile softly (undo with restoreOrganization). */
export async function deleteOrganization(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'organizations', id)
}

/** Brings back a removed profile. */
export async function restoreOrganization(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'organizations', id)
}

/** Stores this profile's id in the live trainings that find it by name and link none yet. */
async function linkTrainingsByName(ctx: DataContext, id: string): Promise<void> {
  await ctx.commit(async (db) => {
    const [profiles, trainings] = await Promise.all([db.organizations.toArray(), listTrainings(db)])
    return trainings
      .filter((training) => training.organizationId === undefined && organizationOfTraining(training, profiles)?.id === id)
      .map((training) => ({
        op: 'put' as const,
        table: 'trainings' as const,
        row: { ...training, organizationId: id, updatedAt: Math.max(ctx.now(), training.updatedAt + 1) },
      }))
  })
}
