import { deviceIdSchema } from '../../../shared/model/revision'
import type { PelatihDb } from './db'

/** The meta key holding the id of this app install, stamped on every revision it makes. */
export const DEVICE_ID_KEY = 'deviceId'

/**
 * The id of this app install: made once (a random UUID) and kept in the meta table, so every
 * later start reads the same one. Read and created in one transaction, so two callers at the
 * same moment agree.
 */
export async function loadDeviceId(db: PelatihDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(DEVICE_ID_KEY)
    const parsed = deviceIdSchema.safeParse(stored?.value)
    if (parsed.success) return parsed.data
    const made = crypto.randomUUID()
    await db.meta.put({ key: DEVICE_ID_KEY, value: made })
    return made
  })
}
