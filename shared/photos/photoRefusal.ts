/** Why a file was not taken as a photo, as main says it across the bridge. */
export type PhotoRefusal =
  { readonly problem: 'notImage' } | { readonly problem: 'tooManyPixels'; readonly width: number; readonly height: number }

const PREFIX = 'photo-refused:'

/** The error message main answers a refused photo with (the renderer turns it back with {@link parsePhotoRefusal}). */
export function photoRefusalMessage(refusal: PhotoRefusal): string {
  return refusal.problem === 'notImage' ? `${PREFIX}notImage` : `${PREFIX}tooManyPixels:${refusal.width}x${refusal.height}`
}

/** The refusal inside an error message, or null when the message is about something else. */
export function parsePhotoRefusal(message: string): PhotoRefusal | null {
  const at = message.indexOf(PREFIX)
  if (at < 0) return null
  const rest = message.slice(at + PREFIX.length)
  if (rest.startsWith('notImage')) return { problem: 'notImage' }
  const size = /^tooManyPixels:(\d+)x(\d+)/.exec(rest)
  return size ? { problem: 'tooManyPixels', width: Number(size[1]), height: Number(size[2]) } : null
}
