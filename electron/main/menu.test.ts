import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS, MENU_EVENT_CHANNEL } from '../../shared/ipc/contract'
import { MENU_SHORTCUTS } from '../../shared/ipc/menuShortcuts'
import { languageFromLocales } from '../../shared/i18n/languages'
import { menuText } from '../../shared/i18n/menu'

const electron = vi.hoisted(() => ({
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
}))
vi.mock('electron', () => ({ Menu: electron.Menu }))
const { buildMenuTemplate, installAppMenu, sendMenuCommand } = await import('./menu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

const build = (overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) =>
  flatten(buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux', onCommand: vi.fn(), ...overrides }))

describe('buildMenuTemplate', () => {
  it.each(['en', 'id'] as const)('has every app command in %s, each calling onCommand', (language) => {
    const onCommand = vi.fn()
    const items = build({ language, onCommand })
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.id === command)
      expect(item, command).toBeDefined()
      item?.click?.({} as never, undefined, {})
      expect(onCommand).toHaveBeenLastCalledWith(command)
    }
  })

  it('labels the menus in the chosen language', () => {
    const labels = (language: 'en' | 'id') =>
      buildMenuTemplate({ language, isPackaged: true, platform: 'linux', onCommand: vi.fn() }).map((m) => m.label)
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(labels('id')).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan'])
    expect(build({ language: 'id' }).find((i) => i.id === 'new-training')?.label).toBe('Pelatihan baru')
  })

  it('shows reload and developer tools only in an unpackaged app', () => {
    const roles = (isPackaged: boolean) => build({ isPackaged }).map((i) => i.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('reload')
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
    expect(roles(true)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'copy', 'paste']))
  })

  it('puts Quit in the app menu on macOS', () => {
    const top = buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'darwin', onCommand: vi.fn() })
    expect(top[0]?.label).toBe('Pelatih')
    expect(build({ platform: 'darwin' }).filter((i) => i.role === 'quit')).toHaveLength(1)
  })
})

describe('menu strings', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(menuText.id).sort()).toEqual(Object.keys(menuText.en).sort())
  })

  it('picks Bahasa Indonesia for Indonesian locales only', () => {
    expect(languageFromLocales(['id-ID'])).toBe('id')
    expect(languageFromLocales(['id'])).toBe('id')
    expect(languageFromLocales(['in_ID'])).toBe('id')
    expect(languageFromLocales(['en-US', 'id-ID'])).toBe('en')
    expect(languageFromLocales(['ind'])).toBe('en')
    expect(languageFromLocales([])).toBe('en')
  })
})

describe('sendMenuCommand', () => {
  it('sends the command to the window it is given', () => {
    const send = vi.fn()
    sendMenuCommand('go-home', { isDestroyed: () => false, webContents: { send } })
    expect(send).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, 'go-home')
    expect(() => sendMenuCommand('go-home', null)).not.toThrow()
  })
})

describe('installAppMenu', () => {
  const installed = () => {
    const last = electron.Menu.buildFromTemplate.mock.calls.at(-1) as unknown as [MenuItemConstructorOptions[]]
    return flatten(last[0])
  }

  it("sends commands to the trainer's window even when the projector has focus", () => {
    const trainer = { isDestroyed: () => false, webContents: { send: vi.fn() } }
    installAppMenu({ language: 'en', isPackaged: true, platform: 'linux', target: () => trainer })
    installed()
      .find((item) => item.id === 'new-training')
      ?.click?.({} as never, undefined, {})
    expect(trainer.webContents.send).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, 'new-training')
  })

  it('speaks the language it is installed with again after a switch', () => {
    installAppMenu({ language: 'en', isPackaged: true, platform: 'linux', target: () => null })
    expect(installed().find((item) => item.id === 'go-home')?.label).toBe('Home')
    installAppMenu({ language: 'id', isPackaged: true, platform: 'linux', target: () => null })
    expect(installed().find((item) => item.id === 'go-home')?.label).toBe(menuText.id.home)
  })
})

describe('menu shortcuts', () => {
  it('shows the shortcuts the renderer binds', () => {
    const accelerators = Object.fromEntries(
      build().flatMap((item) => (item.accelerator ? [[String(item.id), String(item.accelerator)] as const] : [])),
    )
    expect(accelerators).toEqual(MENU_SHORTCUTS)
    expect(accelerators['go-home']).toBe('CmdOrCtrl+Shift+H')
  })
})
