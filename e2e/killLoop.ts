import { join } from 'node:path'
import { collectUnusedPhotos } from '../electron/main/storage/photoCollection'
import { createPhotoStore, PHOTO_GRACE_MS } from '../electron/main/storage/photoStore'
import { localDateOf } from '../shared/agenda/trainingDays'
import { firstWorkingSession, roundRows } from './__fixtures__/brainstormRound'
import { seedTraining } from './__fixtures__/seedTraining'
import type { AppHarness } from './appHarness'
import type { RunningBrowser } from './browser'
import { backupKind } from './killBackupKind'
import { KillLoopError, pause, type ActionKind } from './killKind'
import { extraRows, fieldKinds, type FieldKind } from './killFieldKinds'
import { photoAddKind } from './killPhotoKind'

export { CHAR_MS, KillLoopError } from './killKind'
const WORDS = ['relawan', 'pelatihan', 'kelompok', 'diskusi', 'peserta', 'fasilitator']

/**
 * The seed of the kill loop's random timings: PELATIH_KILL_SEED replays a run (every failure
 * message and the figures print the seed), otherwise a fresh one.
 */
export function killSeed(): number {
  const given = process.env.PELATIH_KILL_SEED
  if (given !== undefined && given !== '') {
    const seed = Number(given)
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`PELATIH_KILL_SEED must be a whole number, not ${given}`)
    return seed
  }
  return Math.floor(Math.random() * 2 ** 32)
}

/** mulberry32: a small seeded generator, so a seed gives the same kill moments again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** Where one kind of field stands between kills. */
interface KindState {
  kind: FieldKind
  /** Everything the user typed (and saw land on screen) that the field should hold. */
  expected: string
  /** A unit whose command died with the browser: it may have reached the page, and even the disk. */
  maybe: string
  /** How much of `expected` the indicator had shown as "Saved" before the kill. */
  confirmed: number
  typed: number
  recovered: number
  unsaved: number[]
}

/** What a kill loop measured. */
export interface KillLoopFigures {
  seed: number
  kills: number
  charactersTyped: number
  charactersRecovered: number
  /** Text the indicator showed as "Saved" that did not come back: must be 0. */
  lost: number
  /** Kills that took more unsaved typing than a field allows (1 s of typing, or the item being added). */
  tooMuchUnsaved: string[]
  /** Keystrokes or Enters cut off by the kill (the browser died before acknowledging them) that had reached the disk. */
  cutOffButSaved: number
  recoveryNotices: number
  durationMs: number
  perKind: { name: string; typed: number; recovered: number; maxUnsaved: number }[]
  /** The kinds of work that are not typing (photo adds, backups): how much was done, and their figures. */
  perAction: { name: string; done: number; figures: string }[]
  /** Every loss found, one line each (its count is in `lost`). */
  losses: string[]
}

/**
 * SIGKILLs Chromium at random moments while the user types (like a power cut), `kills` times,
 * taking the six kinds of field, a photo add and a backup in turn, and checks after each restart
 * that the field holds exactly a beginning of what was typed, including everything the indicator
 * showed as "Saved", that every photo shown comes back with its picture and caption, and that
 * every backup in the folder restores.
 * The moments come from `seed`, so a failure replays with the same seed.
 */
export async function runKillLoop(
  harness: AppHarness,
  options: { kills: number; seed: number; log?: (line: string) => void },
): Promise<KillLoopFigures> {
  const { kills, seed } = options
  const log = options.log ?? ((line: string) => console.log(line))
  const random = seededRandom(seed)
  const started = Date.now()
  log(`kill loop: ${kills} kills, seed ${seed} (replay with PELATIH_KILL_SEED=${seed})`)

  const training = seedTraining({ startDate: localDateOf(Date.now(), 420) })
  const session = firstWorkingSession(training)
  const round = roundRows(training, session, {
    id: 'kill-round',
    question: 'Apa yang kita pelajari?',
    order: 1,
    clusters: [],
    split: [0],
    cards: [],
    card: () => ({ votes: 0, author: '', group: '' }),
  })
  await harness.server.journal.append([
    ...training.changes,
    ...extraRows(training.trainingId, session.id, Date.UTC(2026, 10, 27, 2, 0)),
    ...round.changes,
  ])
  const states: KindState[] = fieldKinds(training.trainingId, session.id, round.round.id).map((kind) => ({
    kind,
    expected: '',
    maybe: '',
    confirmed: 0,
    typed: 0,
    recovered: 0,
    unsaved: [],
  }))
  let lost = 0
  let cutOffButSaved = 0
  let recoveryNotices = 0
  const tooMuchUnsaved: string[] = []

  /** Opens the kind's field after a restart and checks what came back; `at` names the moment for messages. */
  const check = async (browser: RunningBrowser, state: KindState, at: string) => {
    const { page } = browser
    await page.goto(`${harness.server.url}${state.kind.path}`)
    await state.kind.prepare(page)
    // Lists fill in once their query answers: wait until the text shown covers what was saved.
    let recovered = await state.kind.read(page)
    const until = Date.now() + 10_000
    while (recovered.length < state.confirmed && Date.now() < until) {
      await pause(100)
      recovered = await state.kind.read(page)
    }
    if ((await page.getByTestId('recovery-notice').count()) > 0) recoveryNotices += 1
    const possible = state.expected + state.maybe
    if (!possible.startsWith(recovered)) {
      throw new KillLoopError(
        `${at}, ${state.kind.name}: recovered text is not what was typed (seed ${seed}).\n` +
          `  typed:     ${JSON.stringify(state.expected.slice(-80))}${state.maybe ? ` + cut off ${JSON.stringify(state.maybe)}` : ''}\n` +
          `  recovered: ${JSON.stringify(recovered.slice(-80))}`,
      )
    }
    if (recovered.length > state.expected.length) cutOffButSaved += 1
    if (recovered.length < state.confirmed) {
      lost += state.confirmed - recovered.length
      log(
        `${at}, ${state.kind.name}: ${state.confirmed - recovered.length} characters that showed "Saved" did not come back (seed ${seed})`,
      )
    }
    const unsaved = state.kind.unitsIn(state.expected.slice(recovered.length))
    state.unsaved.push(unsaved)
    if (unsaved > state.kind.maxUnsaved) tooMuchUnsaved.push(`${at}, ${state.kind.name}: ${unsaved} units typed and not saved`)
    state.recovered = recovered.length
    state.expected = recovered
    state.maybe = ''
  }

  const actions: ActionKind[] = [
    photoAddKind(harness.server, `/#/trainings/${training.trainingId}/capture`),
    backupKind(harness.server, join(harness.dataFolder, 'backups')),
  ]
  const losses: string[] = []
  /** Opens an action's page after a restart and checks what came back. */
  const checkAction = async (browser: RunningBrowser, action: ActionKind, at: string) => {
    const found = await action.check(browser.page, at)
    for (const line of found) log(`${line} (seed ${seed})`)
    losses.push(...found)
  }
  // The six fields, with a photo add and a backup among them: a share of every run's kills each.
  const turns: ({ field: KindState } | { action: ActionKind })[] = states.map((field) => ({ field }))
  const [photoAdd, backup] = actions
  if (photoAdd) turns.splice(3, 0, { action: photoAdd })
  if (backup) turns.push({ action: backup })

  for (let i = 0; i < kills; i += 1) {
    const turn = turns[i % turns.length]
    if (!turn) throw new Error('no kind to kill during')
    if ('action' in turn) {
      const { action } = turn
      const browser = await harness.launch()
      await checkAction(browser, action, `kill ${i}`)
      const stop = { now: false }
      const { killAfterMs, work } = await action.start({ page: browser.page, index: i, random, stop })
      await pause(killAfterMs)
      await action.beforeKill(browser.page)
      const savedAt = await browser.page
        .locator('[data-testid="save-status"][data-state="saved"]')
        .getAttribute('data-saved-at', { timeout: 100 })
        .catch(() => null)
      stop.now = true
      await browser.kill()
      await work
      action.afterKill(savedAt === null ? null : Number(savedAt))
      if (process.env.KILL_LOOP_DEBUG) log(`kill ${i}, ${action.name}: killed after ${killAfterMs} ms`)
    } else {
      const state = turn.field
      const browser = await harness.launch()
      await check(browser, state, `kill ${i}`)
      await state.kind.prepare(browser.page)

      const stop = { now: false }
      const strokes: { at: number; length: number }[] = []
      let typed = ''
      let cutOff = ''
      const word = `${WORDS[Math.floor(i / states.length) % WORDS.length] ?? 'kata'}${i}`
      const units = [word, word, word, word].flatMap((w) => state.kind.units(w))
      let firstUnitDone = () => {}
      const firstUnit = new Promise<void>((resolve) => (firstUnitDone = resolve))
      const typing = (async () => {
        for (const unit of units) {
          if (stop.now) break
          try {
            await unit.perform(browser.page)
          } catch {
            // The browser died before acknowledging this unit, which does not mean the unit did not
            // land: the key that crosses autosave's 800 ms max wait starts the save at once (a 0 ms
            // timer), so its text can reach the disk before Playwright's type() (key down, then key
            // up) has been answered. Counting such a key as not typed made the old loop fail
            // ("recovered text is not what was typed").
            cutOff = unit.adds
            break
          }
          typed += unit.adds
          strokes.push({ at: Date.now(), length: typed.length })
          firstUnitDone()
        }
        firstUnitDone()
      })()
      // Kill at a random moment while typing: sometimes right after a save, sometimes mid-word.
      if (state.kind.killAfterFirstUnit) {
        await firstUnit
        await pause(Math.floor(random() * 2500))
      } else {
        await pause(600 + Math.floor(random() * 1400))
      }
      const savedAt = await browser.page
        .locator('[data-testid="save-status"][data-state="saved"]')
        .getAttribute('data-saved-at', { timeout: 100 })
        .catch(() => null)
      stop.now = true
      await browser.kill()
      await typing
      // What "Saved" covered: every unit done before the save the indicator showed (minus the
      // time a commit takes, bounded generously at 300 ms).
      const savedMs = savedAt ? Number(savedAt) - 300 : 0
      state.confirmed = state.expected.length + (strokes.filter((s) => s.at <= savedMs).at(-1)?.length ?? 0)
      state.expected += typed
      state.maybe = cutOff
      state.typed += typed.length
      if (process.env.KILL_LOOP_DEBUG)
        log(
          `kill ${i}, ${state.kind.name}: typed ${typed.length}${cutOff ? ` + cut off ${JSON.stringify(cutOff)}` : ''}, saved at ${savedAt}`,
        )
    }
    if ((i + 1) % 25 === 0 && i + 1 < kills)
      log(`kill loop: ${i + 1} of ${kills} kills, ${((Date.now() - started) / 1000).toFixed(0)} s, lost so far ${lost + losses.length}`)
  }

  // One last start: every field and every action must hold what its last kill left.
  const last = await harness.launch()
  for (const state of states) await check(last, state, 'after the last kill')
  for (const action of actions) await checkAction(last, action, 'after the last kill')
  await last.close()
  // A day later the collection removes the files adds cut short left behind, and nothing a
  // photo or a backup still needs: every photo still shows its picture.
  const dayLater = createPhotoStore(harness.server.photos.folder, { now: () => Date.now() + PHOTO_GRACE_MS + 60 * 60 * 1000 })
  const collected = await collectUnusedPhotos(dayLater, harness.server.journal, harness.server.backups)
  const afterCollection = await harness.launch()
  for (const action of actions) await checkAction(afterCollection, action, `after collecting ${collected.length} unused photo files`)
  await afterCollection.close()

  const figures: KillLoopFigures = {
    seed,
    kills,
    charactersTyped: states.reduce((sum, s) => sum + s.typed, 0),
    charactersRecovered: states.reduce((sum, s) => sum + s.recovered, 0),
    lost: lost + losses.length,
    tooMuchUnsaved: [...tooMuchUnsaved, ...actions.flatMap((a) => a.tooMuchUnsaved())],
    cutOffButSaved,
    recoveryNotices,
    durationMs: Date.now() - started,
    perKind: states.map((s) => ({ name: s.kind.name, typed: s.typed, recovered: s.recovered, maxUnsaved: Math.max(0, ...s.unsaved) })),
    perAction: actions.map((a) => ({ name: a.name, done: a.done(), figures: a.figures() })),
    losses,
  }
  log(
    `kill loop: ${figures.kills} SIGKILLs while typing at 8 chars/s, adding photos and writing backups (seed ${seed}); ${figures.charactersTyped} characters typed, ` +
      `${figures.charactersRecovered} recovered, lost (showed "Saved" or added, did not come back): ${figures.lost}; ` +
      `kills that took more than 1 s of unsaved typing: ${figures.tooMuchUnsaved.length}; cut off by the kill but saved: ${figures.cutOffButSaved}; ` +
      `recovery notices: ${figures.recoveryNotices}; ${(figures.durationMs / 1000).toFixed(0)} s\n` +
      figures.perKind
        .map((k) => `  ${k.name}: ${k.typed} typed, ${k.recovered} in the field at the end, unsaved per kill at most ${k.maxUnsaved}`)
        .join('\n') +
      '\n' +
      figures.perAction.map((a) => `  ${a.name}: ${a.figures}`).join('\n') +
      `\n  unused photo files collected a day later: ${collected.length}`,
  )
  return figures
}
