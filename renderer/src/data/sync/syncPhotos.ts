import type { AppApi } from '../../../../shared/ipc/contract'

/** What sync needs of the photo store: read a file to send, store a file received, ask which are here. */
export type SyncPhotos = Pick<AppApi, 'readPhoto' | 'putPhoto' | 'missingPhotos'>

const CHUNK = 0x8000

/** Bytes as base64, the one attachment form PouchDB takes in the browser and in Node alike. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

/**
 * A photo file as a PouchDB attachment: a Blob in the app's window, which IndexedDB stores and
 * PouchDB reads back off the page's thread (base64 of a 50 MB picture on the page would stall
 * typing); base64 where there is no window (Node, the tests).
 */
export function attachmentData(bytes: Uint8Array): Blob | string {
  // The photo store's bytes come over IPC or HTTP: never a SharedArrayBuffer.
  return typeof window === 'undefined' ? bytesToBase64(bytes) : new Blob([bytes as Uint8Array<ArrayBuffer>])
}

/** An attachment as PouchDB hands it back (a Blob in the browser, a Buffer in Node) as plain bytes. */
export async function attachmentBytes(data: Blob | Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (data instanceof Uint8Array) return new Uint8Array(data)
  return new Uint8Array(await data.arrayBuffer())
}
