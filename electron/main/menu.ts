import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/ipc/contract'
import { MENU_SHORTCUTS } from '../../shared/ipc/menuShortcuts'
import type { Language } from '../../shared/i18n/languages'
import { translator } from '../../shared/i18n/translator'

/** What the menu depends on, so the template can be built and tested without Electron. */
export interface MenuTemplateOptions {
  language: Language
  /** Developer entries (reload, devtools) only appear in an unpackaged app. */
  isPackaged: boolean
  platform: NodeJS.Platform
  /** Runs an app command; the app sends it to the trainer's window. */
  onCommand(command: MenuCommand): void
}

/**
 * Builds the application menu template. App commands carry the command as their `id`, so they
 * can be found, and are handled by the renderer; editing and view items use Electron roles.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = translator(options.language, 'menu')
  // What the app's own screens name too (the New training button, the About dialog) keeps their key.
  const app = translator(options.language, 'app')
  const isMac = options.platform === 'darwin'
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => {
    const accelerator: string | undefined = (MENU_SHORTCUTS as Partial<Record<MenuCommand, string>>)[id]
    return { id, label, ...(accelerator ? { accelerator } : {}), click: () => options.onCommand(id) }
  }
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Pelatih',
          submenu: [
            { role: 'hide', label: t('hide') },
            { role: 'hideOthers', label: t('hideOthers') },
            { role: 'unhide', label: t('unhide') },
            separator,
            { role: 'quit', label: t('quit') },
          ],
        },
      ]
    : []
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: t('reload') },
        { role: 'forceReload', label: t('forceReload') },
        { role: 'toggleDevTools', label: t('toggleDevTools') },
        separator,
      ]

  return [
    ...macApp,
    {
      label: t('file'),
      submenu: [
        command('new-training', app('trainings.new')),
        command('go-home', t('home')),
        ...(isMac ? [] : [separator, { role: 'quit', label: t('quit') } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        separator,
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle') },
        { role: 'delete', label: t('delete') },
        separator,
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        ...developer,
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('toggleFullScreen') },
        separator,
        command('toggle-language', t('toggleLanguage')),
      ],
    },
    ...(isMac
      ? [
          {
            label: t('window'),
            submenu: [
              { role: 'minimize', label: t('minimize') },
              { role: 'close', label: t('close') },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: t('help'), submenu: [command('show-about', app('app.about'))] },
  ]
}

/** The window menu commands go to. */
export interface MenuTarget {
  isDestroyed(): boolean
  webContents: { send(channel: string, ...args: unknown[]): void }
}

/**
 * Sends a menu command to the trainer's window, whichever window has focus: the projector page
 * has no listener, so a command sent there would be lost.
 */
export function sendMenuCommand(command: MenuCommand, target: MenuTarget | null): void {
  if (target && !target.isDestroyed()) target.webContents.send(MENU_EVENT_CHANNEL, command)
}

/**
 * Builds and installs the application menu; called again with another language when the user
 * switches it in the app, so the menu speaks the language the app does.
 */
export function installAppMenu(options: Omit<MenuTemplateOptions, 'onCommand'> & { target: () => MenuTarget | null }): void {
  const { target, ...rest } = options
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ ...rest, onCommand: (command) => sendMenuCommand(command, target()) })),
  )
}
