import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The fences are plain import rules: type information would only make each check slow.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message)
}

describe('the lint fences between layers', () => {
  it.each([
    ['shared/model/common.ts', "import { app } from 'electron'\nexport const x = app\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { useState } from 'react'\nexport const x = useState\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { Dexie } from 'dexie'\nexport const x = Dexie\n", /shared\/ is pure/],
    ['renderer/src/data/commit.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n", /never imports Electron/],
    ['renderer/src/data/commit.ts', "import { join } from 'node:path'\nexport const x = join\n", /never imports Electron or Node/],
    [
      'renderer/src/ui/SaveIndicator.tsx',
      "import { createDb } from '../data/db'\nexport const x = createDb\n",
      /Components never import the db/,
    ],
    [
      'renderer/src/app/AppLayout.tsx',
      "import { createDb } from '../data/db'\nexport const x = createDb\n",
      /Components never import the db/,
    ],
    ['electron/main/menu.ts', "import { App } from '../../renderer/src/app/App'\nexport const x = App\n", /imports nothing from renderer/],
    ['electron/main/storage/atomicWrite.ts', "import { app } from 'electron'\nexport const x = app\n", /plain Node/],
    ['electron/main/menu.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain\n", /Only ipc\/handle.ts imports ipcMain/],
    // A feature imports no other feature, by a sideways path or by naming features/, tests included.
    [
      'renderer/src/features/projector/ProjectorPage.tsx',
      "import { TimerFace } from '../run/TimerFace'\nexport const x = TimerFace\n",
      /imports nothing from another feature/,
    ],
    [
      'renderer/src/features/run/useRunDay.ts',
      "import { useSessions } from '../../features/agenda/useAgenda'\nexport const x = useSessions\n",
      /imports nothing from another feature/,
    ],
    [
      'renderer/src/features/projector/ProjectorPage.tsx',
      "import '../brainstorm/brainstorm.css'\nexport const x = 1\n",
      /imports nothing from another feature/,
    ],
    [
      'renderer/src/features/evaluation/PrePostTable.test.tsx',
      "import { AgendaTab } from '../agenda/AgendaTab'\nexport const x = AgendaTab\n",
      /imports nothing from another feature/,
    ],
    // Nothing in features/ touches the database, in .ts files as in .tsx files.
    [
      'renderer/src/features/run/useRunDay.ts',
      "import { createDb } from '../../data/db'\nexport const x = createDb\n",
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/run/useRunDay.ts',
      "import type { PelatihDb } from '../../data/db'\nexport type X = PelatihDb\n",
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/run/useRunDay.ts',
      "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery\n",
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/capture/GroupsPanel.tsx',
      "import { Dexie } from 'dexie'\nexport const x = Dexie\n",
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/run/useRunDay.ts',
      'export const read = (ctx: { db: { meta: unknown } }) => ctx.db.meta\n',
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/run/RunTab.tsx',
      'declare const useData: () => { data: { db: unknown } }\nexport const f = () => useData().data.db\n',
      /Features never touch the database/,
    ],
    [
      'renderer/src/features/brainstorm/CardInput.tsx',
      'declare const useReadData: () => { db: unknown }\nexport function f() {\n  const { db } = useReadData()\n  return db\n}\n',
      /Features never touch the database/,
    ],
    // ui/ and data/ sit below the features.
    [
      'renderer/src/ui/TimerFace.tsx',
      "import { useActivityTimer } from '../features/run/useActivityTimer'\nexport const x = useActivityTimer\n",
      /sit below the features/,
    ],
    [
      'renderer/src/data/hooks/useRunTimer.ts',
      "import { useActivityTimer } from '../../features/run/useActivityTimer'\nexport const x = useActivityTimer\n",
      /sit below the features/,
    ],
  ])('refuses a wrong import in %s', { timeout: 60_000 }, async (file, code, message) => {
    const messages = await restrictedImports(file, code)
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true)
  })

  it('allows the imports that point the right way', { timeout: 60_000 }, async () => {
    expect(
      await restrictedImports(
        'renderer/src/data/commit.ts',
        "import { TABLE_SCHEMAS } from '../../../shared/model/tables'\nexport const x = TABLE_SCHEMAS\n",
      ),
    ).toEqual([])
    expect(
      await restrictedImports('electron/main/menu.ts', "import { menuText } from '../../shared/i18n/menu'\nexport const x = menuText\n"),
    ).toEqual([])
  })

  it('lets a feature use its own files, ui/, data hooks and repositories, and app/ compose the features', { timeout: 60_000 }, async () => {
    const feature = [
      "import { RunToolbar } from './RunToolbar'",
      "import { TimerFace } from '../../ui/TimerFace'",
      "import { useRunTimerStore } from '../../data/hooks/useRunTimer'",
      "import { startSession } from '../../data/repositories/runRepository'",
      "import type { Session } from '../../../../shared/model/session'",
      "import './run.css'",
      'declare const useData: () => { data: { commit: unknown } }',
      'export const x = [RunToolbar, TimerFace, useRunTimerStore, startSession, useData().data.commit]',
      'export type S = Session',
    ].join('\n')
    expect(await restrictedImports('renderer/src/features/run/RunTab.tsx', feature)).toEqual([])
    expect(await restrictedImports('renderer/src/features/run/useRunDay.ts', feature)).toEqual([])
    expect(
      await restrictedImports(
        'renderer/src/app/workspaceTabs.tsx',
        "import { RunTab } from '../features/run/RunTab'\nimport { BrainstormBoard } from '../features/brainstorm/BrainstormBoard'\nexport const x = [RunTab, BrainstormBoard]\n",
      ),
    ).toEqual([])
    // A data hook is where live reads meet the database.
    expect(
      await restrictedImports(
        'renderer/src/data/hooks/useRunTimer.ts',
        "import { useLiveQuery } from 'dexie-react-hooks'\ndeclare const useReadData: () => { db: { meta: { get(k: string): Promise<unknown> } } }\nexport function f() {\n  const { db } = useReadData()\n  return useLiveQuery(() => db.meta.get('x'), [db])\n}\n",
      ),
    ).toEqual([])
    // A feature's test builds a real database to mount the data provider on.
    expect(
      await restrictedImports(
        'renderer/src/features/evaluation/PrePostTable.test.tsx',
        "import { createDb } from '../../data/db'\nimport { DataProvider } from '../../app/DataProvider'\nexport const x = [createDb, DataProvider]\n",
      ),
    ).toEqual([])
  })
})
