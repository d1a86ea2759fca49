import { describe, expect, it } from 'vitest'
import { hotkeyOf, MENU_SHORTCUTS } from './menuShortcuts'

describe('menu shortcuts', () => {
  it('turns accelerators into the hotkeys the renderer binds', () => {
    expect(hotkeyOf(MENU_SHORTCUTS['go-home'])).toBe('mod+shift+H')
    expect(hotkeyOf(MENU_SHORTCUTS['new-training'])).toBe('mod+N')
    expect(hotkeyOf('Alt+Home')).toBe('alt+home')
  })
})
