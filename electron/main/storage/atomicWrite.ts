import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Codes a directory fsync may fail with where the platform cannot fsync folders at all
 * (Windows opens folders with EISDIR/EPERM, some network file systems answer EINVAL): the
 * rename itself has still happened, so these are not errors of the write.
 */
const UNSUPPORTED_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP'])

/**
 * Writes `data` to `path` so that after a crash the file holds either the old or the new
 * content, never a mix: write a temporary file beside it, fsync, rename over the target, then
 * fsync the folder so the rename itself survives a power loss.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(path)
  // Same folder as the target: a rename across file systems is not atomic (or fails).
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/** Flushes a folder's entries (the rename) to disk, where the platform allows it. */
export async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (!UNSUPPORTED_DIR_SYNC.has(errorCode(error))) throw error
  } finally {
    await handle?.close()
  }
}

/** Whether a file name is a leftover temporary file of {@link writeFileAtomic} for `target`. */
export function isAtomicTempFileOf(fileName: string, target: string): boolean {
  const prefix = `.${target}.`
  return fileName.startsWith(prefix) && fileName.endsWith('.tmp')
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return ''
}
