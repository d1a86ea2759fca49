import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The fences are plain import rules: type information would only make each check slow.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('the lint fences between layers', () => {
  it.each([
    ['shared/model/common.ts', "import { app } from 'electron'\nexport const x = app\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { useState } from 'react'\nexport const x = useState\n", /shared\/ is pure/],
    ['shared/model/common.ts', "import { Dexie } from 'dexie'\nexport const x = Dexie\n", /shared\/ is pure/],
    ['renderer/src/data/commit.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n", /never imports Electron/],
    ['renderer/src/data/commit.ts', "import { join } from 'node:path'\nexport const x = join\n", /never imports Electron or Node/],
    ['renderer/src/features/team/TeamTab.tsx', "import { createDb } from '../../data/db'\nexport const x = createDb\n", /Components never import the db/],
    ['electron/main/menu.ts', "import { App } from '../../renderer/src/app/App'\nexport const x = App\n", /imports nothing from renderer/],
    ['electron/main/storage/atomicWrite.ts', "import { app } from 'electron'\nexport const x = app\n", /plain Node/],
    ['electron/main/menu.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain\n", /Only ipc\/handle.ts imports ipcMain/],
  ])('refuses a wrong import in %s', { timeout: 60_000 }, async (file, code, message) => {
    const messages = await restrictedImports(file, code)
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true)
  })

  it('allows the imports that point the right way', { timeout: 60_000 }, async () => {
    expect(await restrictedImports('renderer/src/data/commit.ts', "import { TABLE_SCHEMAS } from '../../../shared/model/tables'\nexport const x = TABLE_SCHEMAS\n")).toEqual([])
    expect(await restrictedImports('electron/main/menu.ts', "import { MENU_STRINGS } from '../../shared/i18n/menuStrings'\nexport const x = MENU_STRINGS\n")).toEqual([])
  })
})
