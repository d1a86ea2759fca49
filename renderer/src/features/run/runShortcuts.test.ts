// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { shortcutFor } from './runShortcuts'

function keydown(target: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
  let event: KeyboardEvent | null = null
  target.addEventListener('keydown', (e) => (event = e), { once: true })
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }))
  if (!event) throw new Error('no event')
  return event
}

function mount(html: string): HTMLElement {
  document.body.innerHTML = html
  return document.body.querySelector('[data-target]') ?? document.body
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('shortcutFor: the focus board', () => {
  it('toggles with Ctrl+Shift+F, also from a text field, but not inside a dialog', () => {
    const focus = vi.fn()
    expect(
      shortcutFor(keydown(mount('<div data-target tabindex="0"></div>'), { key: 'F', ctrlKey: true, shiftKey: true }), { focus }),
    ).toBe(focus)
    expect(shortcutFor(keydown(mount('<input data-target type="text">'), { key: 'F', ctrlKey: true, shiftKey: true }), { focus })).toBe(
      focus,
    )
    expect(
      shortcutFor(keydown(mount('<div role="dialog"><input data-target></div>'), { key: 'F', ctrlKey: true, shiftKey: true }), { focus }),
    ).toBeNull()
    // Plain F still finishes the session; Ctrl+F alone does nothing here.
    const finish = vi.fn()
    expect(shortcutFor(keydown(mount('<div data-target></div>'), { key: 'f' }), { focus, finish })).toBe(finish)
    expect(shortcutFor(keydown(mount('<div data-target></div>'), { key: 'f', ctrlKey: true }), { focus, finish })).toBeNull()
  })

  it('leaves with Escape outside text fields, menus and dialogs', () => {
    const leaveFocus = vi.fn()
    expect(shortcutFor(keydown(mount('<div data-target></div>'), { key: 'Escape' }), { leaveFocus })).toBe(leaveFocus)
    expect(shortcutFor(keydown(mount('<input data-target type="text">'), { key: 'Escape' }), { leaveFocus })).toBeNull()
    expect(
      shortcutFor(keydown(mount('<div role="menu"><button data-target></button></div>'), { key: 'Escape' }), { leaveFocus }),
    ).toBeNull()
    expect(
      shortcutFor(keydown(mount('<div role="dialog"><button data-target></button></div>'), { key: 'Escape' }), { leaveFocus }),
    ).toBeNull()
    // Not in focus mode: Escape is nobody's.
    expect(shortcutFor(keydown(mount('<div data-target></div>'), { key: 'Escape' }), {})).toBeNull()
  })
})
