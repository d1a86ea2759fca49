import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isPhotoHash } from '../../../shared/photos/photoHash'
import { writeFileAtomic } from './atomicWrite'

/** How long a stored file is safe from collection, whoever refers to it (a photo being added). */
export const PHOTO_GRACE_MS = 24 * 60 * 60 * 1000

/** Why a stored photo could not be read. */
export class PhotoStoreError extends Error {
  override readonly name = 'PhotoStoreError'
  constructor(
    readonly problem: 'missing' | 'damaged',
    readonly hash: string,
  ) {
    super(problem === 'missing' ? `photo ${hash} is not in the store` : `photo ${hash} does not match its hash`)
  }
}

/** Image files by content: each set of bytes once, named by its SHA-256. */
export interface PhotoStore {
  readonly folder: string
  /** Stores bytes under their hash; the same bytes are written once (`written` false after). */
  put(bytes: Uint8Array): Promise<{ hash: string; written: boolean }>
  /** The bytes of a hash, checked against it; throws PhotoStoreError when missing or damaged. */
  read(hash: string): Promise<Uint8Array>
  /** Whether a hash has a file (not read, not checked). */
  has(hash: string): Promise<boolean>
  /** Every hash with a file. */
  hashes(): Promise<string[]>
  /** Bytes on disk of every stored file. */
  size(): Promise<number>
  /**
   * Removes the files no one refers to any more: not in `referenced` and older than the grace
   * period (a photo whose row is still on its way). Answers the hashes removed.
   */
  collect(referenced: ReadonlySet<string>): Promise<string[]>
}

const EXTENSIONS = ['jpg', 'png', 'webp', 'bin'] as const

function extensionOf(bytes: Uint8Array): (typeof EXTENSIONS)[number] {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg'
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'png'
  if (bytes[0] === 0x52 && bytes[8] === 0x57) return 'webp'
  return 'bin'
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Opens the photo store in `folder`: `<folder>/ab/abcdef….jpg`, two hex digits of fan-out so
 * no folder holds thousands of files. Files are written atomically and never changed: a name
 * is its content. `now` is injected for the grace period in tests.
 */
export function createPhotoStore(folder: string, options: { now?: () => number } = {}): PhotoStore {
  const now = options.now ?? (() => Date.now())
  const shard = (hash: string) => join(folder, hash.slice(0, 2))

  const find = async (hash: string): Promise<string | null> => {
    if (!isPhotoHash(hash)) return null
    for (const extension of EXTENSIONS) {
      const path = join(shard(hash), `${hash}.${extension}`)
      if (
        await stat(path).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        return path
    }
    return null
  }

  const listFiles = async (): Promise<{ hash: string | null; path: string }[]> => {
    const shards = await readdir(folder).catch(() => [] as string[])
    const files: { hash: string | null; path: string }[] = []
    for (const name of shards) {
      if (!/^[0-9a-f]{2}$/.test(name)) continue
      for (const file of await readdir(join(folder, name)).catch(() => [] as string[])) {
        const hash = file.slice(0, 64)
        files.push({
          hash: isPhotoHash(hash) && file.length > 64 && file[64] === '.' && !file.endsWith('.tmp') ? hash : null,
          path: join(folder, name, file),
        })
      }
    }
    return files
  }

  return {
    folder,
    put: async (bytes) => {
      const hash = sha256Hex(bytes)
      const existing = await find(hash)
      // A file cut short by a crash before its rename cannot exist (atomic write), but one
      // damaged later on disk is replaced by the good bytes we hold now.
      if (existing !== null && (await stat(existing)).size === bytes.byteLength) return { hash, written: false }
      await mkdir(shard(hash), { recursive: true })
      await writeFileAtomic(join(shard(hash), `${hash}.${extensionOf(bytes)}`), bytes)
      return { hash, written: true }
    },
    read: async (hash) => {
      const path = await find(hash)
      if (path === null) throw new PhotoStoreError('missing', hash)
      const bytes = new Uint8Array(await readFile(path))
      if (sha256Hex(bytes) !== hash) throw new PhotoStoreError('damaged', hash)
      return bytes
    },
    has: async (hash) => (await find(hash)) !== null,
    hashes: async () => [...new Set((await listFiles()).flatMap((f) => (f.hash === null ? [] : [f.hash])))],
    size: async () => {
      let total = 0
      for (const file of await listFiles()) total += (await stat(file.path)).size
      return total
    },
    collect: async (referenced) => {
      const removed: string[] = []
      const cutoff = now() - PHOTO_GRACE_MS
      for (const file of await listFiles()) {
        if (file.hash !== null && referenced.has(file.hash)) continue
        const info = await stat(file.path).catch(() => null)
        if (info === null || info.mtimeMs > cutoff) continue
        await rm(file.path, { force: true })
        if (file.hash !== null) removed.push(file.hash)
      }
      return removed
    },
  }
}
