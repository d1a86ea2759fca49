import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, type AppHarness } from './appHarness'
import { killSeed, runKillLoop } from './killLoop'

let harness: AppHarness | null = null

afterEach(async () => {
  await harness?.dispose()
  harness = null
})

// `npm test` runs a short loop over the six kinds of field, a photo add and a backup (two kills
// each); `npm run soak` runs the same loop with 200 kills (PELATIH_KILLS), before each release.
const KILLS = Number(process.env.PELATIH_KILLS ?? 16)

describe('hard kills while typing (SIGKILL, like a power cut)', () => {
  it(
    `loses no text that showed "Saved", no photo shown and no good backup, and at most 1 s of typing over ${KILLS} kills in six kinds of field, photo adds and backups`,
    async () => {
      harness = await createAppHarness()
      const figures = await runKillLoop(harness, { kills: KILLS, seed: killSeed() })
      expect(figures.losses, `seed ${figures.seed}`).toEqual([])
      expect(figures.lost, `seed ${figures.seed}`).toBe(0)
      expect(figures.tooMuchUnsaved, `seed ${figures.seed}`).toEqual([])
      // Every kind of field was typed into, and what was typed came back.
      for (const kind of figures.perKind) expect(kind.typed, `${kind.name}, seed ${figures.seed}`).toBeGreaterThan(0)
      expect(figures.charactersRecovered).toBeGreaterThan(0)
      // Photos were added and backups asked for before kills.
      for (const action of figures.perAction) expect(action.done, `${action.name}, seed ${figures.seed}`).toBeGreaterThan(0)
    },
    120_000 + KILLS * 30_000,
  )
})
