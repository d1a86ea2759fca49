/** The content type of a framed bridge request (see {@link frameRequest}). */
export const FRAME_CONTENT_TYPE = 'application/x-pelatih-frame'

/** Whether a request carries a file as its top-level `bytes` (backups, saved files). */
export function hasBytes(request: unknown): request is { bytes: Uint8Array } {
  return typeof request === 'object' && request !== null && (request as { bytes?: unknown }).bytes instanceof Uint8Array
}

/**
 * Frames a request that carries bytes for the browser fallback's HTTP bridge: a 4-byte length,
 * the other fields as JSON, then the bytes as they are (the parts of a Blob to send). Unlike base64 in JSON, this costs the
 * page's main thread nothing however large the file, and adds no size limit.
 */
export function frameRequest(request: { bytes: Uint8Array }): Uint8Array[] {
  const { bytes, ...rest } = request
  const meta = new TextEncoder().encode(JSON.stringify(rest))
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, meta.byteLength)
  return [length, meta, bytes]
}

/** Undoes {@link frameRequest}; throws on a body too short for its own header. */
export function unframeRequest(body: Uint8Array): Record<string, unknown> {
  if (body.byteLength < 4) throw new Error('framed request too short')
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0)
  if (4 + length > body.byteLength) throw new Error('framed request too short')
  const meta = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + length))) as Record<string, unknown>
  return { ...meta, bytes: body.subarray(4 + length) }
}
