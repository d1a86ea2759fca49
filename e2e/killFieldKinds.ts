// The six kinds of field the kill loop types into (TOR text, process notes, brainstorm card entry,
// role-play observation, RTL cell, participant edit): where each is, how typing into it is made
// of units, and how its text is read back after a restart.
import type { Page } from 'playwright-core'
import type { Change } from '../shared/journal/journalEntry'
import { boardUrl, put } from './__fixtures__/brainstormRound'
import { CHAR_MS, pause, typeSlowly } from './killKind'

/** One thing the user does that adds `adds` to the field's text once it lands. */
interface Unit {
  adds: string
  perform(page: Page): Promise<void>
}

/** A kind of field the loop types into, and how its text is read back after a restart. */
export interface FieldKind {
  name: string
  /** The app's address (after the server's origin) where the field is. */
  path: string
  /** Waits for the field; puts the caret where typing continues. */
  prepare(page: Page): Promise<void>
  /** The field's text as the user sees it: the value, or the items in the order they were added, one per line. */
  read(page: Page): Promise<string>
  /** What typing `word` is made of: one unit per keystroke, or one per item added with Enter or Save. */
  units(word: string): Unit[]
  /** How many units a text is made of. */
  unitsIn(text: string): number
  /**
   * The most units a kill may take that were typed but not saved yet: 1 s of typing in a field
   * saved as you type (autosave waits at most 800 ms), the item being added in a compose box.
   */
  maxUnsaved: number
  /**
   * When to kill, from the first keystroke: a field saved as you type at any moment in the
   * first 2 s; a compose box at a random moment after its first item has been added (so each
   * kill leaves something to recover), up to the middle of a later item.
   */
  killAfterFirstUnit: boolean
}

/** A field saved as the user types: every keystroke is a unit. */
function typedField(name: string, path: string, testId: string): FieldKind {
  return {
    name,
    path,
    prepare: async (page) => {
      const field = page.getByTestId(testId).first()
      await field.click()
      await page.keyboard.press('Control+End')
    },
    read: (page) => page.getByTestId(testId).first().inputValue(),
    units: (word) =>
      [...`${word} `].map((char) => ({
        adds: char,
        perform: async (page) => {
          await page.keyboard.type(char)
          await pause(CHAR_MS)
        },
      })),
    unitsIn: (text) => text.length,
    maxUnsaved: 8,
    killAfterFirstUnit: false,
  }
}

/** A compose box: a unit is a whole item, typed a key at a time and added with Enter. */
function composeBox(name: string, path: string, inputTestId: string, itemsOf: (page: Page) => Promise<string[]>): FieldKind {
  return {
    name,
    path,
    prepare: async (page) => {
      await page.getByTestId(inputTestId).click()
    },
    read: async (page) => (await itemsOf(page)).map((item) => `${item}\n`).join(''),
    units: (word) => [
      {
        adds: `${word}\n`,
        perform: async (page) => {
          await typeSlowly(page, word)
          await page.keyboard.press('Enter')
        },
      },
    ],
    unitsIn: (text) => text.split('\n').length - 1,
    maxUnsaved: 1,
    killAfterFirstUnit: true,
  }
}

/** The rows a kill loop needs besides the seeded training: a role play, an action plan and a brainstorm round. */
export function extraRows(trainingId: string, sessionId: string, now: number): Change[] {
  const meta = { trainingId, createdAt: now, updatedAt: now, deletedAt: null }
  return [
    put('rolePlays', {
      ...meta,
      id: 'kill-roleplay',
      sessionId,
      title: 'Negosiasi upah',
      scenario: '',
      roles: [],
      observers: [],
      debrief: { happened: [], felt: [], learned: [], apply: [] },
      order: 1,
    }),
    put('actionPlans', {
      ...meta,
      id: 'kill-plan',
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
  ]
}

/** The six kinds of field: TOR text, process notes, brainstorm card entry, role-play observation, RTL cell, participant edit. */
export function fieldKinds(trainingId: string, sessionId: string, roundId: string): FieldKind[] {
  const tab = (name: string) => `/#/trainings/${trainingId}/${name}`
  const participantNotes = (page: Page) => page.getByRole('dialog').getByLabel('Notes')
  const openParticipant = async (page: Page) => {
    await page.getByTestId('participant-row').first().click()
    await participantNotes(page).waitFor()
  }
  return [
    typedField('TOR text', tab('overview'), 'tor-background'),
    typedField('process notes', `${tab('run')}?session=${sessionId}`, 'run-notes'),
    composeBox('brainstorm card entry', boardUrl(trainingId, sessionId, roundId), 'bs-card-input', (page) =>
      page.getByTestId('bs-card-text').allInnerTexts(),
    ),
    {
      ...composeBox('role-play observation', tab('capture'), 'observation-input', async (page) => {
        // Newest first on screen; each row shows the time, then the text.
        const rows = await page
          .getByTestId('observation')
          .evaluateAll((els) => els.map((el) => [...el.querySelectorAll('p')].at(-1)?.textContent ?? ''))
        return rows.reverse()
      }),
      prepare: async (page) => {
        await page.getByRole('tab', { name: 'Role play' }).click()
        await page.getByTestId('observation-input').click()
      },
    },
    typedField('RTL cell', tab('actionPlans'), 'plan-activity'),
    {
      name: 'participant edit',
      path: tab('participants'),
      prepare: async (page) => {
        await page.getByTestId('participant-row').first().waitFor()
      },
      read: async (page) => {
        await openParticipant(page)
        const notes = await participantNotes(page).inputValue()
        await page.keyboard.press('Escape')
        await page.getByRole('dialog').waitFor({ state: 'detached' })
        return notes
      },
      // The form trims what it saves: the words are joined with ';' so nothing at the ends is dropped.
      units: (word) => [
        {
          adds: `${word};`,
          perform: async (page) => {
            await openParticipant(page)
            await participantNotes(page).click()
            await page.keyboard.press('Control+End')
            await typeSlowly(page, `${word};`)
            await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
            await page.getByRole('dialog').waitFor({ state: 'detached' })
          },
        },
      ],
      unitsIn: (text) => text.split(';').length - 1,
      maxUnsaved: 1,
      killAfterFirstUnit: true,
    },
  ]
}
