import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, type AppHarness } from './appHarness'
import { killSeed, runKillLoop } from './killLoop'

let harness: AppHarness | null = null

afterEach(async () => {
  await harness?.dispose()
  harness = null
})

// `npm test` runs a short loop over the six kinds of field; `npm run soak` runs the same loop
// with 200 kills (PELATIH_KILLS), before each release.
const KILLS = Number(process.env.PELATIH_KILLS ?? 12)

describe('hard kills while typing (SIGKILL, like a power cut)', () => {
  it(`loses no text that showed "Saved" and at most 1 s of typing over ${KILLS} kills in six kinds of field`, async () => {
    harness = await createAppHarness()
    const figures = await runKillLoop(harness, { kills: KILLS, seed: killSeed() })
    expect(figures.lost, `seed ${figures.seed}`).toBe(0)
    expect(figures.tooMuchUnsaved, `seed ${figures.seed}`).toEqual([])
    // Every kind of field was typed into, and what was typed came back.
    for (const kind of figures.perKind) expect(kind.typed, `${kind.name}, seed ${figures.seed}`).toBeGreaterThan(0)
    expect(figures.charactersRecovered).toBeGreaterThan(0)
  }, 120_000 + KILLS * 30_000)
})
