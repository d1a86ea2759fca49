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

/** Whether a value holds bytes anywhere (a file read back, a photo): its answer goes framed. */
export function holdsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true
  if (Array.isArray(value)) return value.some(holdsBytes)
  if (value && typeof value === 'object') return Object.values(value).some(holdsBytes)
  return false
}

/** Where a part stood in a framed answer's JSON. */
interface PartMark {
  $part: number
}

function isPartMark(value: unknown): value is PartMark {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as PartMark).$part === 'number'
}

/**
 * Frames an answer that holds bytes for the browser fallback's HTTP bridge: a 4-byte length, the
 * answer as JSON with each Uint8Array replaced by a mark and the parts' lengths, then the parts
 * as they are. Read back with {@link unframeAnswer}, a backup of many megabytes costs the page's
 * main thread a copy, where base64 in JSON cost it seconds of decoding in one task.
 */
export function frameAnswer(value: unknown): Uint8Array[] {
  const parts: Uint8Array[] = []
  const marked = JSON.stringify(value, (_key, field: unknown) => {
    if (!(field instanceof Uint8Array)) return field
    parts.push(field)
    return { $part: parts.length - 1 } satisfies PartMark
  })
  const meta = new TextEncoder().encode(JSON.stringify({ value: marked, lengths: parts.map((part) => part.byteLength) }))
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, meta.byteLength)
  return [length, meta, ...parts]
}

/**
 * Undoes {@link frameAnswer}: each part comes back in a buffer of its own (so it can be handed
 * to a worker alone); throws on a body shorter than its header says.
 */
export function unframeAnswer(body: Uint8Array): unknown {
  if (body.byteLength < 4) throw new Error('framed answer too short')
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0)
  if (4 + length > body.byteLength) throw new Error('framed answer too short')
  const meta = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + length))) as { value: string; lengths: number[] }
  const parts: Uint8Array[] = []
  let at = 4 + length
  for (const partLength of meta.lengths) {
    if (at + partLength > body.byteLength) throw new Error('framed answer too short')
    parts.push(body.slice(at, at + partLength))
    at += partLength
  }
  return JSON.parse(meta.value, (_key, field: unknown) => (isPartMark(field) ? parts[field.$part] : field))
}
