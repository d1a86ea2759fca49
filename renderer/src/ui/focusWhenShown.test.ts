// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { focusWhenShown } from './focusWhenShown'

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

function field(testId: string): HTMLTextAreaElement {
  const element = document.createElement('textarea')
  element.dataset.testid = testId
  element.scrollIntoView = vi.fn()
  return element
}

describe('focusWhenShown', () => {
  it('focuses a field that appears after the screen changes', async () => {
    focusWhenShown('[data-testid="tor-background"]')
    expect(document.activeElement).toBe(document.body)
    const later = field('tor-background')
    document.body.append(field('tor-method'), later)
    await vi.waitFor(() => expect(document.activeElement).toBe(later))
    expect(later.scrollIntoView).toHaveBeenCalled()
  })

  it('gives up after a few seconds, leaving focus alone when the field never shows', async () => {
    vi.useFakeTimers()
    focusWhenShown('[data-testid="tor-background"]')
    vi.advanceTimersByTime(6000)
    const late = field('tor-background')
    document.body.append(late)
    await Promise.resolve()
    await new Promise((resolve) => queueMicrotask(() => resolve(null)))
    expect(document.activeElement).not.toBe(late)
  })
})
