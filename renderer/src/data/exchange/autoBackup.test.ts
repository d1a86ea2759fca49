import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import { DEFAULT_MAX_IMPORT_BYTES, restore } from '../../../../shared/exchange/restore'
import { sha256Hex } from '../../../../shared/exchange/sha256'
import { fail } from '../../../../shared/ipc/result'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { createTestContext } from '../__fixtures__/testContext'
import { addParticipant, removeParticipant } from '../repositories/participantRepository'
import { createTraining, updateTraining } from '../repositories/trainingRepository'
import { createAutoBackup } from './autoBackup'
import { buildBackupOf } from './buildBackup'
import { hashDatabase } from './readTables'

const person = {
  gender: 'female' as const,
  organization: 'LBH Makassar',
  position: '',
  region: 'Sulawesi Selatan',
  phone: '',
  email: '',
  notes: '',
  observer: false,
}

/** The same fingerprint as hashDatabase(), of the tables a backup file restores to. */
function hashTables(tables: Record<string, readonly { id: string }[] | undefined>): string {
  const sorted = Object.fromEntries(
    Object.entries(tables).map(([t, rows]) => [t, [...(rows ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  )
  return sha256Hex(canonicalJson(sorted))
}

async function seeded() {
  const ctx = createTestContext()
  const t = await createTraining(ctx, { title: 'Advokasi Kebijakan — 倡导 · مناصرة', startDate: '2026-12-01', days: 3 })
  await updateTraining(ctx, t.id, { venue: 'Makassar 🌊' })
  await addParticipant(ctx, t.id, { ...person, name: 'Wa Ode Sitti' })
  await addParticipant(ctx, t.id, { ...person, name: 'Nguyễn Thị Hà' })
  const gone = await addParticipant(ctx, t.id, { ...person, name: 'Ахмед 李' })
  await removeParticipant(ctx, gone.id)
  return { ctx, gone }
}

describe('backups built off the UI thread', () => {
  it('restore exactly the rows of the database: mixed scripts and deleted rows included', async () => {
    const { ctx, gone } = await seeded()
    // What the backup worker runs: its own connection to the database, by name.
    const built = await buildBackupOf(ctx.dbName)
    const restored = restore(built.bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, maxBytes: DEFAULT_MAX_IMPORT_BYTES })
    if (!restored.ok) throw new Error(`backup did not restore: ${restored.error.code}`)
    expect(restored.value.envelope).toMatchObject({ kind: 'backup', schemaVersion: CURRENT_SCHEMA_VERSION })
    expect(hashTables(restored.value.tables)).toBe(await hashDatabase(ctx.db))
    expect(restored.value.tables.participants?.find((p) => p.id === gone.id)?.deletedAt).not.toBeNull()
    expect(built.trainings).toEqual(['Advokasi Kebijakan — 倡导 · مناصرة'])
    expect(built.counts.participants).toBe(3)
  })

  it('writes the built file through the bridge and returns what was written', async () => {
    const { ctx } = await seeded()
    const backup = createAutoBackup(ctx.bridge, () => buildBackupOf(ctx.dbName))
    const outcome = await backup.backupNow('manual')
    expect(outcome.ok).toBe(true)
    expect(ctx.bridge.backups[0]?.info).toMatchObject({ reason: 'manual', trainings: ['Advokasi Kebijakan — 倡导 · مناصرة'] })
    expect(backup.lastFailure()).toBeNull()
  })

  it('reports a backup the disk refused, keeps it until a later backup succeeds, and tells subscribers', async () => {
    const { ctx } = await seeded()
    let diskFull = true
    const bridge = {
      ...ctx.bridge,
      writeBackup: (r: Parameters<typeof ctx.bridge.writeBackup>[0]) =>
        diskFull ? Promise.resolve(fail('io-error', 'ENOSPC: no space left on device')) : ctx.bridge.writeBackup(r),
    }
    const backup = createAutoBackup(bridge, () => buildBackupOf(ctx.dbName))
    const told: (string | null)[] = []
    backup.subscribe(() => told.push(backup.lastFailure()?.message ?? null))

    const outcome = await backup.backupNow('auto')
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'auto', message: 'ENOSPC: no space left on device' } })
    expect(backup.lastFailure()?.message).toBe('ENOSPC: no space left on device')

    diskFull = false
    expect((await backup.backupNow('auto')).ok).toBe(true)
    expect(backup.lastFailure()).toBeNull()
    expect(told).toEqual(['ENOSPC: no space left on device', null])
  })

  it('reports a backup that could not be built (the worker failed)', async () => {
    const { ctx } = await seeded()
    const backup = createAutoBackup(ctx.bridge, () => Promise.reject(new Error('The backup worker stopped.')))
    const outcome = await backup.backupNow('session-end')
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'session-end', message: 'The backup worker stopped.' } })
    expect(ctx.bridge.backups).toHaveLength(0)
  })
})
