import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { deviceRoleSchema } from '../../../shared/venue/roomStateSchema'
import { writeFileAtomic } from '../storage/atomicWrite'

/** The file in the user-data folder that keeps the room across restarts of the app. */
export const VENUE_ROOM_FILE_NAME = 'venue-room.json'

const storedDeviceSchema = z.object({
  id: z.string().min(1).max(100),
  role: deviceRoleSchema,
  name: z.string().max(80).nullable(),
  joinedAt: z.number(),
  lastSeenAt: z.number(),
  /** The hash of the device's cookie token, never the token itself. */
  tokenHash: z.string().min(1).max(100),
})
export type StoredDevice = z.infer<typeof storedDeviceSchema>

/** What survives a restart: the room's training, codes, port, paired devices and removed ones. */
export const storedRoomSchema = z.object({
  version: z.literal(1),
  trainingId: z.string().min(1).max(200),
  /** The port last served on: phones' pages and cookies keep working after a restart. */
  port: z.number().int().min(0).max(65535).nullable(),
  roomCode: z.string(),
  /** The local day the code was made: the next day gets a new one. */
  codeDay: z.string(),
  pairSecret: z.string(),
  devices: z.array(storedDeviceSchema),
  /** Token hashes of removed devices: their cookies are refused as `removed`, not as unknown. */
  removed: z.array(z.string().max(100)),
})
export type StoredRoom = z.infer<typeof storedRoomSchema>

/** Reads the kept room; null when there is none or it does not parse (a fresh room then). */
export async function readRoomFile(path: string): Promise<StoredRoom | null> {
  const text = await readFile(path, 'utf8').catch(() => null)
  if (text === null) return null
  try {
    const parsed = storedRoomSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Keeps the room on disk: each write is atomic, and writes run one after the other so an older
 * state never lands after a newer one.
 */
export function createRoomFileWriter(path: string, onError: (error: unknown) => void) {
  let chain: Promise<void> = Promise.resolve()
  return {
    write(room: StoredRoom): Promise<void> {
      const text = JSON.stringify(room)
      chain = chain
        .then(async () => {
          await mkdir(dirname(path), { recursive: true })
          await writeFileAtomic(path, text)
        })
        .catch(onError)
      return chain
    },
    /** Resolves once every write asked for so far is on disk (or failed and was reported). */
    flush: (): Promise<void> => chain,
  }
}
