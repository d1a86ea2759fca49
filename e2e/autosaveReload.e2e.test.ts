import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import type { Change } from '../shared/journal/journalEntry'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'
import { journaledRow } from './__fixtures__/journaledRow'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

/** What the page-side probe watches: the user's text of one field, read as a value, the values of a list, or shown text. */
interface ProbeTarget {
  selector: string
  mode: 'value' | 'values' | 'text'
  /** Compose boxes (Enter adds the item) are checked on Enter, autosaving fields on every keystroke. */
  check: 'input' | 'enter'
}

interface ProbeRecord extends ProbeTarget {
  armed: boolean
  /** The field's text the last time the indicator said "Saved". */
  lastSaved: string | null
  /** The field's text when the page went away. */
  atLeave: string | null
  /** The field's text each time the indicator said "Saved" right after a keystroke. */
  violations: string[]
}

/**
 * Runs in every page before the app: samples the save indicator and the watched field together
 * every frame, checks the indicator right after each keystroke (it must not say "Saved" while
 * the typed text is not committed), and keeps what it saw in sessionStorage, which outlives a reload.
 */
function installProbe(): void {
  const KEY = 'autosave-probe'
  const load = (): ProbeRecord | null => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ProbeRecord | null
  const save = (record: ProbeRecord) => sessionStorage.setItem(KEY, JSON.stringify(record))
  const indicator = () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') ?? null
  const read = (target: ProbeTarget): string | null => {
    const el = document.querySelector(target.selector)
    if (!el) return null
    if (target.mode === 'value') return (el as HTMLInputElement).value
    if (target.mode === 'values')
      return [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((i) => i.value).join('\n')
    return (el as HTMLElement).innerText
  }
  const sample = () => {
    const record = load()
    if (record?.armed) {
      const text = read(record)
      if (text !== null && indicator() === 'saved' && record.lastSaved !== text) save({ ...record, lastSaved: text })
    }
    requestAnimationFrame(sample)
  }
  requestAnimationFrame(sample)
  const afterKey = (event: Event) => {
    const record = load()
    if (!record?.armed) return
    const target = event.target as Element | null
    const relevant =
      record.check === 'input'
        ? event.type === 'input' && target?.closest(record.selector)
        : event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter'
    if (!relevant) return
    // After React has handled the keystroke.
    setTimeout(() => {
      const now = load()
      if (now?.armed && indicator() === 'saved') save({ ...now, violations: [...now.violations, read(now) ?? ''] })
    }, 0)
  }
  window.addEventListener('input', afterKey, true)
  window.addEventListener('keydown', afterKey, true)
  // Armed by the test: starts from what is on screen now, if the indicator says "Saved" now.
  Reflect.set(window, '__armAutosaveProbe', (target: ProbeTarget) => {
    const text = read(target)
    save({ ...target, armed: true, lastSaved: indicator() === 'saved' ? text : null, atLeave: null, violations: [] })
  })
  window.addEventListener('pagehide', () => {
    const record = load()
    if (record?.armed) save({ ...record, armed: false, atLeave: read(record) })
  })
}

async function arm(page: Page, target: ProbeTarget): Promise<void> {
  await page.evaluate((t) => {
    const armProbe = Reflect.get(window, '__armAutosaveProbe') as (target: ProbeTarget) => void
    armProbe(t)
  }, target)
}

async function probeRecord(page: Page): Promise<ProbeRecord> {
  const record = await page.evaluate(() => JSON.parse(sessionStorage.getItem('autosave-probe') ?? 'null') as ProbeRecord | null)
  if (!record) throw new Error('the probe kept nothing')
  return record
}

/** Reloads `delayMs` after the last keystroke, timed inside the page as a user's F5 would be. */
async function reloadAfter(page: Page, delayMs: number): Promise<void> {
  const loaded = page.waitForEvent('load')
  await page.evaluate((ms) => {
    setTimeout(() => window.location.reload(), ms)
  }, delayMs)
  await loaded
}

async function readTarget(page: Page, target: ProbeTarget): Promise<string | null> {
  return page.evaluate((t) => {
    const el = document.querySelector(t.selector)
    if (!el) return null
    if (t.mode === 'value') return (el as HTMLInputElement).value
    if (t.mode === 'values')
      return [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((i) => i.value).join('\n')
    return (el as HTMLElement).innerText
  }, target)
}

/** One kind of field: how to reach it after a (re)load, and how to type into it. */
interface FieldKind {
  name: string
  target: ProbeTarget
  open(page: Page): Promise<void>
  /** Types `text` at the end of the field (for a compose box: types it and presses Enter). */
  type(page: Page, text: string): Promise<void>
}

async function typeAtEnd(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

const byTestId = (id: string) => `[data-testid="${id}"]`

function fieldKinds(url: string, trainingId: string): FieldKind[] {
  const goto = async (page: Page, tab: string) => {
    const target = `${url}/#/trainings/${trainingId}/${tab}`
    if (page.url() !== target) await page.goto(target)
  }
  const capture = async (page: Page, inner: string) => {
    await goto(page, 'capture')
    await page.getByRole('tab', { name: inner }).click()
  }
  const text = (testId: string, open: (page: Page) => Promise<void>, name: string): FieldKind => ({
    name,
    target: { selector: byTestId(testId), mode: 'value', check: 'input' },
    open: async (page) => {
      await open(page)
      await page.getByTestId(testId).first().waitFor()
    },
    type: (page, value) => typeAtEnd(page, page.getByTestId(testId).first(), value),
  })
  return [
    text('tor-background', (page) => goto(page, 'overview'), 'TOR text'),
    {
      name: 'TOR list',
      target: { selector: byTestId('tor-objectives'), mode: 'values', check: 'input' },
      open: async (page) => {
        await goto(page, 'overview')
        await page.getByTestId('tor-objectives').waitFor()
      },
      type: async (page, value) => {
        const list = page.getByTestId('tor-objectives')
        if ((await list.locator('input, textarea').count()) === 0) await list.getByRole('button', { name: 'Add' }).click()
        await typeAtEnd(page, list.locator('input, textarea').first(), value)
      },
    },
    text('run-notes', (page) => goto(page, 'run'), 'process notes'),
    {
      name: 'observations',
      target: { selector: byTestId('observation-log'), mode: 'text', check: 'enter' },
      open: async (page) => {
        await capture(page, 'Role play')
        await page.getByTestId('observation-input').waitFor()
      },
      type: async (page, value) => {
        await page.getByTestId('observation-input').fill(`Pengamatan${value}`)
        await page.getByTestId('observation-input').press('Enter')
      },
    },
    text('plan-activity', (page) => goto(page, 'actionPlans'), 'action plan cell'),
    text('group-text', (page) => capture(page, 'Groups'), 'group output'),
    {
      name: 'group output points',
      target: { selector: byTestId('group-points'), mode: 'values', check: 'input' },
      open: async (page) => {
        await capture(page, 'Groups')
        await page.getByTestId('group-points').waitFor()
      },
      type: async (page, value) => {
        const list = page.getByTestId('group-points')
        if ((await list.locator('input, textarea').count()) === 0) await list.getByRole('button', { name: 'Add' }).click()
        await typeAtEnd(page, list.locator('input, textarea').first(), value)
      },
    },
    text('photo-caption', (page) => capture(page, 'Photos'), 'photo caption'),
    {
      name: 'participant fields',
      target: { selector: byTestId('participants-table'), mode: 'text', check: 'enter' },
      open: async (page) => {
        await goto(page, 'participants')
        await page.getByTestId('participants-table').waitFor()
      },
      type: async (page, value) => {
        await page.getByRole('button', { name: 'Add participant' }).click()
        const dialog = page.getByRole('dialog')
        await dialog.getByLabel('Name').fill(`Peserta${value}`)
        await dialog.getByLabel('Name').press('Enter')
      },
    },
  ]
}

/** Rows for the capture tab's first session: a role play, a group, an action plan and a photo. */
function captureRows(trainingId: string, sessionId: string, now: number, pngHash: string): Change[] {
  const meta = { trainingId, createdAt: now, updatedAt: now, deletedAt: null }
  const put = (table: Change['table'], row: Record<string, unknown>): Change => ({ op: 'put', table, row: journaledRow(row) })
  return [
    put('rolePlays', {
      ...meta,
      id: 'roleplay-1',
      sessionId,
      title: 'Negosiasi upah',
      scenario: '',
      roles: [],
      observers: [],
      debrief: { happened: [], felt: [], learned: [], apply: [] },
      order: 1,
    }),
    put('groups', {
      ...meta,
      id: 'group-1',
      sessionId,
      name: 'Kelompok 1',
      question: '',
      memberIds: [],
      reporterId: null,
      outputPoints: [],
      outputText: '',
      order: 1,
    }),
    put('actionPlans', {
      ...meta,
      id: 'plan-1',
      organization: 'Yayasan Pekerja Rumahan',
      participantId: null,
      activity: '',
      objective: '',
      startDate: null,
      dueDate: null,
      timeline: '',
      responsible: '',
      resources: '',
      indicator: '',
      status: 'planned',
      notes: '',
    }),
    put('photos', {
      ...meta,
      id: 'photo-1',
      sessionId,
      caption: '',
      mime: 'image/png',
      width: 4,
      height: 3,
      hash: pngHash,
      previewHash: pngHash,
      bytes: 77,
      order: 1,
    }),
  ]
}

const DELAYS_MS = [0, 50, 150, 300]

describe('autosave across a reload in Chromium', () => {
  // 36 reloads and 5 closed windows, each an app start: about 90 s alone and more on a busy
  // machine, so the config's 120 s default would time out the machine, not the app.
  it('brings back every field as typed after a reload 0-300 ms after the last keystroke or a closed window, and never says "Saved" over uncommitted text', async () => {
    harness = await createAppHarness()
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    const sessions = seed.changes.flatMap((c) =>
      c.op === 'put' && c.table === 'sessions' ? [c.row as { id: string; day: number; order: number; method: string }] : [],
    )
    const first = sessions.filter((s) => s.day === 1 && s.method !== 'break' && s.method !== 'meal').sort((a, b) => a.order - b.order)[0]
    if (!first) throw new Error('the seed has no session on day 1')
    // A 4 x 3 PNG in the photo store, as adding it in the app leaves it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAFElEQVR4nGP4z8AARwxI7P/ITAYA7TkL9cUZ4CAAAAAASUVORK5CYII=',
      'base64',
    )
    const { hash } = await harness.server.photos.put(new Uint8Array(png))
    await harness.server.journal.append([...seed.changes, ...captureRows(seed.trainingId, first.id, Date.UTC(2026, 10, 27, 2, 0), hash)])
    const { page } = await harness.open()
    await page.addInitScript(installProbe)
    await page.reload()
    const kinds = fieldKinds(harness.server.url, seed.trainingId)
    const finalTexts: string[] = []

    for (const kind of kinds) {
      for (const delay of DELAYS_MS) {
        await kind.open(page)
        // Something saved first, so the indicator has said "Saved" before the last words.
        const before = Date.now()
        await kind.type(page, ` ${delay}:`)
        await waitForSavedAfter(page, before)
        await arm(page, kind.target)
        const lastWords = ` laptop mati mendadak ${delay}`
        await kind.type(page, lastWords)
        await reloadAfter(page, delay)

        const record = await probeRecord(page)
        const label = `${kind.name}, reload ${delay} ms after the last keystroke`
        expect(record.violations, label).toEqual([])
        expect(record.atLeave, label).not.toBeNull()
        await kind.open(page)
        if (kind.target.mode === 'text') {
          // A compose box: the item added last is back, and every item shown when the indicator last said "Saved".
          await expect.poll(() => readTarget(page, kind.target), { message: label }).toContain(lastWords.trim())
          const after = (await readTarget(page, kind.target)) ?? ''
          for (const line of (record.lastSaved ?? '').split('\n')) expect(after, label).toContain(line)
        } else {
          // Everything typed is back, so also what was on screen when the indicator last said "Saved".
          await expect.poll(() => readTarget(page, kind.target), { message: label }).toBe(record.atLeave)
          expect(record.lastSaved, label).not.toBeNull()
          expect(record.atLeave?.startsWith(record.lastSaved ?? ''), label).toBe(true)
          finalTexts.push(record.atLeave ?? '')
        }
      }
    }
    await screenshot(page, 'autosave-reload-participants-en')

    // Closing the window: pagehide is the last thing the page does, with no navigation to wait for.
    let open = page
    for (const kind of kinds.filter((k) => k.target.check === 'input')) {
      await kind.open(open)
      const before = Date.now()
      await kind.type(open, ' ditutup:')
      await waitForSavedAfter(open, before)
      await kind.type(open, ' jendela ditutup')
      const atClose = await readTarget(open, kind.target)
      await open.close()
      open = await open.context().newPage()
      await open.goto(harness.server.url)
      await kind.open(open)
      await expect.poll(() => readTarget(open, kind.target), { message: `${kind.name}, window closed` }).toBe(atClose)
      finalTexts.push(atClose ?? '')
    }

    // In Indonesian too, the indicator says "Menyimpan…" from the first keystroke, then "Tersimpan".
    const notes = kinds.find((k) => k.name === 'process notes')
    if (!notes) throw new Error('no process notes kind')
    await notes.open(open)
    await open.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await open.getByText('Alur waktu hari ini').waitFor()
    await notes.type(open, ' lagi')
    await open.locator('[data-testid="save-status"][data-state="saving"]').filter({ hasText: 'Menyimpan…' }).waitFor()
    await screenshot(open, 'autosave-saving-id')
    await open.locator('[data-testid="save-status"][data-state="saved"]').filter({ hasText: 'Tersimpan' }).waitFor()

    // The last words reached the disk journal, not only this browser's database.
    const journal = JSON.stringify(await harness.server.journal.readSince(0))
    for (const text of finalTexts) {
      for (const line of text.split('\n')) expect(journal).toContain(JSON.stringify(line).slice(1, -1))
    }
  }, 240_000)
})
