// No browser needed: the page's side of the bridge runs here in Node against the test server.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { startBridgeServer, type BridgeServer } from './bridgeServer'
import { BRIDGE_PATH, createHttpBridge } from '../renderer/src/platform/httpBridge'

let folder: string
let server: BridgeServer

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-bridge-'))
  server = await startBridgeServer({ rendererDir: folder, dataFolder: folder })
})

afterEach(async () => {
  await server.close()
  await rm(folder, { recursive: true, force: true })
})

/** A backup's worth of bytes that are not text (every byte value), so nothing can be re-encoded unnoticed. */
function fileBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 7 + (i >> 8)) & 255
  return bytes
}

it('reads a backup back over the browser bridge as the bytes themselves, not as base64 the page must decode', async () => {
  const bytes = fileBytes(3 * 1024 * 1024)
  const { name } = await server.backups.write(bytes, { reason: 'manual', trainings: ['Advokasi — 倡导'], counts: {}, photos: [] })

  const read = await createHttpBridge(server.url).readBackup({ name })
  if (!read.ok) throw new Error(read.error.message)
  expect(read.value).toBeInstanceOf(Uint8Array)
  expect(read.value.byteLength).toBe(bytes.byteLength)
  expect(Buffer.from(read.value).equals(Buffer.from(bytes))).toBe(true)

  // On the wire: the file and a small header, where base64 in JSON is a third larger and is
  // decoded on the page's main thread in one piece.
  const raw = await fetch(`${server.url}${BRIDGE_PATH}/backup:read`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  })
  const body = await raw.arrayBuffer()
  expect(body.byteLength).toBeLessThan(bytes.byteLength + 1024)
}, 60_000)

it('still answers calls without bytes as JSON, and a refused read as a plain failure', async () => {
  const read = await createHttpBridge(server.url).readBackup({ name: 'pelatih-backup-20261208-000000-000.json' })
  expect(read.ok).toBe(false)
  const listed = await createHttpBridge(server.url).listBackups()
  expect(listed).toEqual({ ok: true, value: [] })
})
