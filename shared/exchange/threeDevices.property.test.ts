import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConflictRow } from '../model/conflict'
import { createHybridClock, type HybridClock } from '../model/hybridClock'
import { withoutRevision } from '../model/revision'
import { stampEdit } from '../model/stampRevision'
import { canonicalJson } from './canonicalJson'
import { conflictRecord, mootConflicts } from './conflictRecord'
import { mergeRows } from './mergeRows'

type Row = {
  id: string
  trainingId: string
  createdAt: number
  updatedAt: number
  deletedAt: number | null
  text: string
  rev: string
  revisions: string[]
  deviceId: string
}
type Device = { id: string; skew: number; clock: HybridClock; rows: Map<string, Row>; conflicts: Map<string, ConflictRow> }

const DAY = 24 * 60 * 60 * 1000
const BASE = Date.UTC(2026, 11, 7, 1, 0)
const ROW_IDS = ['card-1', 'card-2', 'card-3']
const TEXTS = ['Relawan butuh apresiasi', 'Apresiasi rutin', 'Sertifikat', 'Pelatihan lanjutan']

type Op = { kind: 'edit'; device: number; row: number; text: number; remove: boolean } | { kind: 'exchange'; from: number; to: number }
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    device: fc.nat({ max: 2 }),
    row: fc.nat({ max: 2 }),
    text: fc.nat({ max: TEXTS.length - 1 }),
    remove: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('exchange' as const), from: fc.nat({ max: 2 }), to: fc.nat({ max: 2 }) }),
)
const historyArb = fc.record({
  // Each device's clock is up to half a day off, so two devices are up to a day apart.
  skews: fc.tuple(
    fc.integer({ min: -DAY / 2, max: DAY / 2 }),
    fc.integer({ min: -DAY / 2, max: DAY / 2 }),
    fc.integer({ min: -DAY / 2, max: DAY / 2 }),
  ),
  ops: fc.array(opArb, { minLength: 4, maxLength: 30 }),
})

/** The simulated world: three devices, every edit that showed "Saved", and true ancestry. */
function world(skews: readonly number[]) {
  const devices: Device[] = skews.map((skew, i) => ({
    id: `device-${i}`,
    skew,
    clock: createHybridClock(),
    rows: new Map(),
    conflicts: new Map(),
  }))
  const ancestors = new Map<string, ReadonlySet<string>>()
  const saved: { rowId: string; rev: string }[] = []
  const merges: { winner: string; loser: string }[] = []
  let step = 0
  const wall = (device: Device) => BASE + (step += 1000) + device.skew

  const edit = (device: Device, rowId: string, text: string, remove: boolean) => {
    const stored = device.rows.get(rowId)
    const at = wall(device)
    const draft = stored
      ? { ...withoutRevision(stored), text, updatedAt: at, deletedAt: remove ? (stored.deletedAt ?? at) : stored.deletedAt }
      : { id: rowId, trainingId: 't-1', createdAt: at, updatedAt: at, deletedAt: null, text }
    const row = stampEdit(draft, stored, device.id, device.clock, at)
    if (row === null) return
    device.rows.set(rowId, row)
    device.clock.observe(row.updatedAt)
    ancestors.set(row.rev, new Set(stored ? [...(ancestors.get(stored.rev) ?? []), stored.rev] : []))
    saved.push({ rowId, rev: row.rev })
  }

  const record = (device: Device, draft: Omit<ConflictRow, 'rev' | 'revisions' | 'deviceId'>, stored: ConflictRow | undefined) => {
    const row = stampEdit(draft, stored, device.id, device.clock, wall(device))
    if (row !== null) device.conflicts.set(row.id, row as ConflictRow)
  }

  const exchange = (from: Device, to: Device) => {
    const rows = mergeRows([...to.rows.values()], [...from.rows.values()])
    for (const c of rows.conflicts) merges.push({ winner: c.winner.rev, loser: c.loser.rev })
    to.rows = new Map(rows.rows.map((r) => [r.id, r]))
    to.conflicts = new Map(
      mergeRows([...to.conflicts.values()], [...from.conflicts.values()], { recordConflicts: false }).rows.map((r) => [r.id, r]),
    )
    for (const row of [...from.rows.values(), ...from.conflicts.values()]) to.clock.observe(row.updatedAt)
    const at = wall(to)
    const fresh = rows.conflicts.map((c) => conflictRecord({ ...c, table: 'ideas' }, at)).filter((r) => !to.conflicts.has(r.id))
    const all = [...to.conflicts.values(), ...fresh.map((r) => ({ ...r, rev: '', revisions: [], deviceId: to.id }))]
    const moot = new Set(mootConflicts(all, (_table, rowId) => to.rows.get(rowId)).map((r) => r.id))
    for (const draft of fresh) if (!moot.has(draft.id)) record(to, draft, undefined)
    for (const stored of [...to.conflicts.values()]) {
      if (moot.has(stored.id)) record(to, { ...withoutRevision(stored), updatedAt: at, deletedAt: at }, stored)
    }
  }

  const state = (device: Device) =>
    canonicalJson([
      [...device.rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      [...device.conflicts.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    ])
  return { devices, ancestors, saved, merges, edit, exchange, state }
}

describe('three devices with skewed clocks editing, exchanging and merging in random orders', () => {
  it('end identical, lose no saved edit, show each concurrent edit once and no sequential edit', () => {
    const seen = { histories: 0, edits: 0, conflicts: 0, sequential: 0 }
    fc.assert(
      fc.property(historyArb, ({ skews, ops }) => {
        const w = world(skews)
        const [first] = w.devices
        if (!first) throw new Error('no device')
        for (const rowId of ROW_IDS) w.edit(first, rowId, TEXTS[0] ?? '', false)
        for (const device of w.devices) w.exchange(first, device)
        for (const op of ops) {
          if (op.kind === 'edit') w.edit(w.devices[op.device] as Device, ROW_IDS[op.row] ?? '', TEXTS[op.text] ?? '', op.remove)
          else if (op.from !== op.to) w.exchange(w.devices[op.from] as Device, w.devices[op.to] as Device)
        }
        // Everyone exchanges with everyone until nothing changes any more.
        for (let round = 0; round < 10; round++) {
          const before = w.devices.map(w.state).join()
          for (const from of w.devices) for (const to of w.devices) if (from !== to) w.exchange(from, to)
          if (w.devices.map(w.state).join() === before) break
        }
        seen.histories++
        seen.edits += w.saved.length

        // Every device ends identical.
        const states = new Set(w.devices.map(w.state))
        expect(states.size).toBe(1)

        // No merge ever reported an edit made after seeing the other version.
        for (const m of w.merges) {
          expect(w.ancestors.get(m.winner)?.has(m.loser)).toBe(false)
          expect(w.ancestors.get(m.loser)?.has(m.winner)).toBe(false)
        }
        const device = w.devices[0] as Device
        const liveLosers = [...device.conflicts.values()]
          .filter((c) => c.deletedAt === null)
          .map((c) => ({ rowId: c.rowId, rev: String(c.loser['rev']) }))
        for (const rowId of ROW_IDS) {
          const winner = device.rows.get(rowId)
          if (!winner) throw new Error(`${rowId} lost`)
          const revs = [...new Set(w.saved.filter((s) => s.rowId === rowId).map((s) => s.rev))]
          const heads = revs.filter((rev) => !revs.some((other) => w.ancestors.get(other)?.has(rev)))
          const losers = liveLosers.filter((l) => l.rowId === rowId).map((l) => l.rev)
          // Every concurrent line of edits that lost is shown exactly once; nothing else is.
          expect(heads).toContain(winner.rev)
          expect([...losers].sort()).toEqual(heads.filter((h) => h !== winner.rev).sort())
          seen.conflicts += losers.length
          seen.sequential += revs.length - heads.length
          // No edit that showed "Saved" is lost: it is the winner, a kept loser, or an ancestor of either.
          for (const rev of revs) {
            const kept = [winner.rev, ...losers].some((head) => head === rev || w.ancestors.get(head)?.has(rev))
            expect(kept).toBe(true)
          }
        }
      }),
      { numRuns: 1000 },
    )
    console.log(
      `three devices: ${seen.histories} histories, ${seen.edits} saved edits, ${seen.conflicts} conflicts kept, ${seen.sequential} sequential edits merged silently`,
    )
    expect(seen.conflicts).toBeGreaterThan(300)
    expect(seen.sequential).toBeGreaterThan(1000)
  }, 60_000)
})
