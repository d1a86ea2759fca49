import type { MenuCommand } from './contract'

/**
 * The keyboard shortcut of each menu command, written once in Electron's accelerator syntax:
 * the application menu shows these, and the renderer binds the same keys (through
 * {@link hotkeyOf}) so they also work where there is no menu (the browser build).
 */
export const MENU_SHORTCUTS = {
  'new-training': 'CmdOrCtrl+N',
  'go-home': 'CmdOrCtrl+Shift+H',
  'toggle-language': 'CmdOrCtrl+Shift+L',
} as const satisfies Partial<Record<MenuCommand, string>>

/** A menu command that has a shortcut. */
export type ShortcutCommand = keyof typeof MENU_SHORTCUTS

/** An accelerator ('CmdOrCtrl+Shift+H') as a Mantine hotkey ('mod+shift+H'). */
export function hotkeyOf(accelerator: string): string {
  return accelerator
    .split('+')
    .map((part) => (part === 'CmdOrCtrl' ? 'mod' : part.length > 1 ? part.toLowerCase() : part))
    .join('+')
}
