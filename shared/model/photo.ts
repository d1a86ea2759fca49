import { z } from 'zod'
import { photoHashSchema } from '../photos/photoHash'
import { PHOTO_MIMES } from '../photos/imageHeader'
import { idSchema, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** Largest photo file kept (bytes). */
export const PHOTO_MAX_BYTES = 100 * 1024 * 1024

/**
 * A photo of a session (flipchart, metaplan wall). The image files live in the photo store,
 * named by their SHA-256: `hash` is the original as it came from the camera, `previewHash` a
 * JPEG of at most 1600 px for the screen and the report. The row stays small, so a caption
 * edit journals a few hundred bytes however large the picture.
 */
export const photoSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema.nullable(),
  caption: shortText,
  mime: z.enum(PHOTO_MIMES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  hash: photoHashSchema,
  previewHash: photoHashSchema,
  bytes: z.number().int().positive().max(PHOTO_MAX_BYTES),
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type Photo = Draft<z.infer<typeof photoSchema>>
