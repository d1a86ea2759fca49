import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, type AppHarness } from './appHarness'
import type { RunningBrowser } from './browser'

let harness: AppHarness | null = null

afterEach(async () => {
  await harness?.dispose()
  harness = null
})

const KILLS = Number(process.env.KILL_LOOP_KILLS ?? 50)
const CHAR_MS = 125 // 8 characters per second
const WORDS = ['relawan ', 'pelatihan ', 'kelompok ', 'diskusi ', 'peserta ', 'fasilitator ']

interface Keystroke {
  at: number
  length: number
}

/** Types into the focused field at 8 characters a second until `stop` says so; returns what got through. */
async function typeUntilStopped(browser: RunningBrowser, text: string, stop: { now: boolean }): Promise<{ typed: string; strokes: Keystroke[] }> {
  let typed = ''
  const strokes: Keystroke[] = []
  for (const char of text) {
    if (stop.now) break
    try {
      await browser.page.keyboard.type(char)
    } catch {
      break
    }
    typed += char
    strokes.push({ at: Date.now(), length: typed.length })
    await new Promise((r) => setTimeout(r, CHAR_MS))
  }
  return { typed, strokes }
}

describe('hard kills while typing (SIGKILL, like a power cut)', () => {
  it(`loses no note that showed "Saved" and at most 1 s of typing over ${KILLS} kills`, async () => {
    harness = await createAppHarness()
    const first = await harness.launch()
    await first.page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(first.page, 'Catatan yang tidak boleh hilang')
    const url = first.page.url()
    await first.close()

    let expected = ''
    let confirmed = 0
    let notesLost = 0
    let restoredNotices = 0
    let wipesRestored = 0
    const lostChars: number[] = []

    for (let i = 0; i < KILLS; i += 1) {
      const browser = await harness.launch()
      await browser.page.goto(url)
      const area = browser.page.getByTestId('tor-background')
      await area.waitFor({ timeout: 30_000 })
      const recovered = await area.inputValue()
      const notice = await browser.page.getByTestId('recovery-notice').count()
      if (notice > 0) {
        restoredNotices += 1
        const text = (await browser.page.getByTestId('recovery-notice').textContent()) ?? ''
        const changes = Number(/(\d+) change/.exec(text)?.[1] ?? '0')
        if (changes > 1) wipesRestored += 1
      }
      expect(expected.startsWith(recovered), `kill ${i}: recovered text is not what was typed`).toBe(true)
      if (recovered.length < confirmed) notesLost += 1
      lostChars.push(expected.length - recovered.length)
      expected = recovered

      await area.click()
      await browser.page.keyboard.press('Control+End')
      const stop = { now: false }
      const word = `${WORDS[i % WORDS.length] ?? 'x '}${i} `
      const typing = typeUntilStopped(browser, word.repeat(3), stop)
      // Kill at a random moment while typing: sometimes right after a save, sometimes mid-word.
      await new Promise((r) => setTimeout(r, 600 + Math.floor(Math.random() * 1400)))
      const savedAt = await browser.page
        .locator('[data-testid="save-status"][data-state="saved"]')
        .getAttribute('data-saved-at', { timeout: 100 })
        .catch(() => null)
      stop.now = true
      await browser.kill()
      const { typed, strokes } = await typing
      expected += typed
      if (process.env.KILL_LOOP_DEBUG) console.log(`kill ${i}: recovered ${recovered.length}, typed ${typed.length}, savedAt ${savedAt}`)
      // What "Saved" covered: every keystroke made before the save that the indicator showed
      // (minus the time a commit takes, bounded generously at 300 ms).
      const savedMs = savedAt ? Number(savedAt) - 300 : 0
      confirmed = recovered.length + (strokes.filter((s) => s.at <= savedMs).at(-1)?.length ?? 0)
    }

    const final = await harness.launch()
    await final.page.goto(url)
    await final.page.getByTestId('tor-background').waitFor()
    const last = await final.page.getByTestId('tor-background').inputValue()
    lostChars.push(expected.length - last.length)
    if (last.length < confirmed) notesLost += 1
    expect(expected.startsWith(last)).toBe(true)

    const maxLost = Math.max(...lostChars)
    console.log(
      `kill loop: ${KILLS} SIGKILLs while typing at 8 chars/s; notes lost that showed "Saved": ${notesLost}; ` +
        `typing lost per kill: max ${maxLost} chars (${(maxLost * CHAR_MS) / 1000} s), mean ${(lostChars.reduce((a, b) => a + b, 0) / lostChars.length).toFixed(1)} chars; ` +
        `recovery notices: ${restoredNotices} (database wiped and restored from the journal: ${wipesRestored}); final note ${last.length} chars`,
    )
    expect(notesLost).toBe(0)
    expect(maxLost).toBeLessThanOrEqual(8)
    expect(last.length).toBeGreaterThan(KILLS)
  }, 900_000)
})
