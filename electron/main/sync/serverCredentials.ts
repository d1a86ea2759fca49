import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { checkServerAddress } from '../../../shared/sync/serverAddress'
import { writeFileAtomic } from '../storage/atomicWrite'

/** The OS's secret storage as Electron's safeStorage offers it (injected, so this file stays plain Node). */
export type SecretBox = {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(sealed: Buffer): string
}

/** What the settings screen may see of the organisation server: never the password itself. */
export type ServerSettings = { url: string; username: string; hasPassword: boolean; local: boolean }

/** What the user saves in Settings > Organisation server. */
export type ServerSettingsInput = {
  url: string
  username: string
  /** A new password, or null to keep the one stored. */
  password: string | null
  /** The user confirmed plain HTTP to this computer or a private network. */
  confirmLocal: boolean
}

/** Why settings were not saved (keys of the settings texts). */
export type SettingsRefusal = 'notAnAddress' | 'insecure' | 'credentialsInAddress' | 'confirmLocal' | 'noUser' | 'noSecureStorage'

const fileSchema = z.object({
  url: z.string().max(2_000),
  username: z.string().max(200),
  /** The password as the OS's secret storage sealed it, base64. */
  sealedPassword: z.string().max(10_000).nullable(),
})

/**
 * Keeps the organisation server's address, user name and password in one file of the user-data
 * folder, the password sealed by the OS's secret storage (Keychain, DPAPI, libsecret through
 * Electron's safeStorage): it never reaches IndexedDB, the journal, a backup or the renderer,
 * which only learns whether one is stored. Without secret storage no password is kept at all.
 */
export function createServerCredentials(file: string, box: SecretBox) {
  const readStored = async (): Promise<z.infer<typeof fileSchema> | null> => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      // No file yet, or one damaged: as if nothing was saved.
      return null
    }
  }

  return {
    /** The settings without the password. */
    async read(): Promise<ServerSettings | null> {
      const stored = await readStored()
      if (stored === null) return null
      const address = checkServerAddress(stored.url)
      return {
        url: stored.url,
        username: stored.username,
        hasPassword: stored.sealedPassword !== null,
        local: address.ok && address.kind === 'local',
      }
    },

    /** The password, unsealed, for main's own requests to the server; null when none is kept. */
    async password(): Promise<string | null> {
      const stored = await readStored()
      if (stored?.sealedPassword == null || !box.isEncryptionAvailable()) return null
      try {
        return box.decryptString(Buffer.from(stored.sealedPassword, 'base64'))
      } catch {
        return null
      }
    },

    /** Saves the settings, or says why not (nothing is written then). */
    async save(input: ServerSettingsInput): Promise<{ ok: true; value: ServerSettings } | { ok: false; reason: SettingsRefusal }> {
      const address = checkServerAddress(input.url)
      if (!address.ok) return { ok: false, reason: address.reason }
      if (address.kind === 'local' && !input.confirmLocal) return { ok: false, reason: 'confirmLocal' }
      const username = input.username.trim()
      if (username === '' || username.length > 200) return { ok: false, reason: 'noUser' }
      let sealedPassword = (await readStored())?.sealedPassword ?? null
      if (input.password !== null) {
        if (!box.isEncryptionAvailable()) return { ok: false, reason: 'noSecureStorage' }
        sealedPassword = box.encryptString(input.password).toString('base64')
      }
      await writeFileAtomic(file, JSON.stringify({ url: address.url, username, sealedPassword }))
      return { ok: true, value: { url: address.url, username, hasPassword: sealedPassword !== null, local: address.kind === 'local' } }
    },

    /** Forgets the server, user and password. */
    async forget(): Promise<void> {
      await rm(file, { force: true })
    },
  }
}

/** The organisation server's settings as main keeps them. */
export type ServerCredentials = ReturnType<typeof createServerCredentials>
