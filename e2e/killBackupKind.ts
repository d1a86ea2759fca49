import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { isBackupFileName } from '../electron/main/storage/backupStore'
import { DEFAULT_MAX_IMPORT_BYTES, restore } from '../shared/exchange/restore'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'
import type { BridgeServer } from './bridgeServer'
import { KillLoopError, type ActionKind, type ActionRun } from './killKind'

/** Backups kept from one day (the retention rule): an older one may be removed once this many newer ones exist. */
const KEPT_PER_DAY = 3

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Counts the "Backup written." notices the page shows from now on (in window.__backupsWritten). */
function countConfirmations(page: Page): Promise<void> {
  return page.evaluate(() => {
    const counter = window as unknown as { __backupsWritten: number }
    counter.__backupsWritten = 0
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.textContent?.includes('Backup written.') === true) counter.__backupsWritten += 1
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
}

const confirmations = (page: Page) => page.evaluate(() => (window as unknown as { __backupsWritten: number }).__backupsWritten)

/**
 * Writing backups ("Back up now", the same build in a worker and backup:write as the automatic
 * one), killed at a random moment while one is built or written. After the restart every file
 * in the backups folder is a whole backup that restores (with the photo files it names), every
 * backup there before is unchanged (or removed by the retention rule in favour of newer ones),
 * and every backup the app said it wrote is there.
 */
export function backupKind(server: BridgeServer, backupsFolder: string): ActionKind {
  /** The backups known good, by name: the hash of their bytes and when they were made. */
  const good = new Map<string, { sha: string; createdAt: number }>()
  let confirmedThisKill = 0
  let before = new Set<string>()
  const counts = { kills: 0, asked: 0, confirmed: 0, valid: 0, leftovers: 0 }

  return {
    name: 'backup',
    check: async (page, at) => {
      await page.goto(`${server.url}/#/data`)
      await page.getByRole('button', { name: 'Back up now' }).waitFor()
      const losses: string[] = []
      const files = await readdir(backupsFolder).catch(() => [] as string[])
      const leftovers = files.filter(
        (name) => !isBackupFileName(name) && !(name.endsWith('.meta') && isBackupFileName(name.slice(0, -'.meta'.length))),
      )
      counts.leftovers = Math.max(counts.leftovers, leftovers.length)
      const listed = await server.backups.list()
      const listedNames = new Set(listed.map((b) => b.name))
      for (const name of files.filter(isBackupFileName)) {
        if (!listedNames.has(name))
          losses.push(`${at}, backup: ${name} has no readable description (.meta): the app cannot list or restore it`)
      }
      for (const backup of listed) {
        const bytes = await server.backups.read(backup.name)
        const known = good.get(backup.name)
        if (known !== undefined && known.sha !== sha256(bytes))
          losses.push(`${at}, backup: ${backup.name} changed on disk since it was written`)
        const restored = restore(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, maxBytes: DEFAULT_MAX_IMPORT_BYTES })
        if (!restored.ok) {
          losses.push(`${at}, backup: ${backup.name} does not restore (${restored.error.code})`)
          continue
        }
        if (restored.value.envelope.kind !== 'backup')
          throw new KillLoopError(`${at}, backup: ${backup.name} is a ${restored.value.envelope.kind}`)
        for (const row of restored.value.tables.photos) {
          for (const hash of [row.hash, row.previewHash]) {
            if (!(await server.photos.has(hash)))
              losses.push(`${at}, backup: ${backup.name} names photo file ${hash.slice(0, 12)}…, which is gone`)
          }
        }
        if (known === undefined) good.set(backup.name, { sha: sha256(bytes), createdAt: backup.createdAt })
      }
      // Every backup known good is still there, unless the retention rule made room for newer ones.
      for (const [name, known] of good) {
        if (listedNames.has(name)) continue
        const newer = listed.filter((b) => b.createdAt > known.createdAt).length
        if (newer < KEPT_PER_DAY) losses.push(`${at}, backup: ${name}, a good backup, is gone with only ${newer} newer ones kept`)
        good.delete(name)
      }
      const written = listed.filter((b) => !before.has(b.name)).length
      if (written < Math.min(confirmedThisKill, KEPT_PER_DAY))
        losses.push(`${at}, backup: the app said ${confirmedThisKill} backups were written, ${written} new ones are in the folder`)
      counts.valid = listed.length
      before = new Set(listedNames)
      confirmedThisKill = 0
      return losses
    },
    start: async ({ page, random, stop }: ActionRun) => {
      await countConfirmations(page)
      const button = page.getByRole('button', { name: 'Back up now' })
      const work = (async () => {
        try {
          while (!stop.now) {
            const done = await confirmations(page)
            await button.click()
            counts.asked += 1
            await page.waitForFunction((count) => (window as unknown as { __backupsWritten: number }).__backupsWritten > count, done, {
              timeout: 15_000,
            })
          }
        } catch {
          // The browser died while a backup was built or written.
        }
      })()
      return { killAfterMs: Math.floor(random() * 2500), work }
    },
    beforeKill: async (page) => {
      confirmedThisKill = await confirmations(page).catch(() => 0)
    },
    afterKill: () => {
      counts.kills += 1
      counts.confirmed += confirmedThisKill
    },
    done: () => counts.asked,
    figures: () =>
      `${counts.kills} kills, ${counts.asked} backups asked for, ${counts.confirmed} confirmed before the kill, ` +
      `${counts.valid} whole backups in the folder at the end (each restores), files that are not backups at most ${counts.leftovers}`,
    tooMuchUnsaved: () => [],
  }
}
