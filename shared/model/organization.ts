import { z } from 'zod'
import { rowMeta, shortText } from './common'
import type { Draft } from './revision'

/** Largest logo file kept (bytes): a letterhead logo prints about 2 cm wide, so 200 KB is plenty. */
export const LOGO_MAX_BYTES = 200 * 1024
/** Widest or tallest logo kept (pixels). */
export const LOGO_MAX_SIDE = 2000
/** The image types a logo may have: the two that every PDF reader and word processor shows. */
export const LOGO_MIMES = ['image/png', 'image/jpeg'] as const
/** The image type of a logo. */
export type LogoMime = (typeof LOGO_MIMES)[number]

/** One sound email address, or nothing. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Whether an organisation's email is empty or looks like an address (name@host.domain). */
export function isOrganizationEmail(value: string): boolean {
  const trimmed = value.trim()
  return trimmed === '' || EMAIL.test(trimmed)
}

/**
 * The organisation's logo, kept inside its row as a data URL: the size limits keep it under
 * about 270 KB of text, so it travels with the row through the journal, backups and the report
 * worker without the photo store's files and outbox.
 */
export const logoSchema = z.object({
  dataUrl: z
    .string()
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/),
  mime: z.enum(LOGO_MIMES),
  width: z.number().int().positive().max(LOGO_MAX_SIDE),
  height: z.number().int().positive().max(LOGO_MAX_SIDE),
  bytes: z.number().int().positive().max(LOGO_MAX_BYTES),
})
/** A logo (see {@link logoSchema}). */
export type OrganizationLogo = z.infer<typeof logoSchema>

/**
 * The profile of an organisation that runs trainings, reused by all of them: a training that links
 * it (by id, picked in the overview) prints this letterhead (kop surat) on its report, its sheets
 * and its certificates. It belongs to no training, like a saved agenda template.
 */
export const organizationSchema = z.object({
  ...rowMeta,
  name: shortText,
  address: shortText,
  phone: shortText,
  email: shortText.refine(isOrganizationEmail, 'email must look like name@host.domain'),
  website: shortText,
  logo: logoSchema.nullable(),
})
/** Revision fields optional: see Draft. */
export type Organization = Draft<z.infer<typeof organizationSchema>>

/** The key a training's organiser and a profile's name are matched by: trimmed, spaces folded, any case. */
export function organizationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id')
}

/** The live profile whose name is the training's organiser, or null (the training prints without letterhead). */
export function organizationFor<T extends Pick<Organization, 'name' | 'deletedAt' | 'updatedAt'>>(
  organizer: string,
  profiles: readonly T[],
): T | null {
  const key = organizationKey(organizer)
  if (key === '') return null
  // Two profiles of one name: the one edited last is the one the trainer means.
  const matches = profiles.filter((p) => p.deletedAt === null && organizationKey(p.name) === key).sort((a, b) => b.updatedAt - a.updatedAt)
  return matches[0] ?? null
}

/**
 * The live profile that heads a training: the one it links by id (none when it links none, or
 * the profile was deleted); a training that links no profile yet (saved before the link) is
 * matched by its organiser's name, see {@link organizationFor}.
 */
export function organizationOfTraining<T extends Pick<Organization, 'id' | 'name' | 'deletedAt' | 'updatedAt'>>(
  training: { organizationId?: string | null; organizer: string },
  profiles: readonly T[],
): T | null {
  if (training.organizationId === undefined) return organizationFor(training.organizer, profiles)
  if (training.organizationId === null) return null
  return profiles.find((p) => p.id === training.organizationId && p.deletedAt === null) ?? null
}
