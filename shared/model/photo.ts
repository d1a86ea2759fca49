import { z } from 'zod'
import { idSchema, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** Largest photo kept, as a data URL (about 15 MB of image). */
export const PHOTO_MAX_CHARS = 20_000_000

/** A photo of a session (flipchart, metaplan wall): the original and a downscaled copy. */
export const photoSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema.nullable(),
  caption: shortText,
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  original: z.string().max(PHOTO_MAX_CHARS).startsWith('data:image/'),
  preview: z.string().max(PHOTO_MAX_CHARS).startsWith('data:image/'),
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type Photo = Draft<z.infer<typeof photoSchema>>
