// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { focusWhenShown } from './focusWhenShown'

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const scrolled: Element[] = []

function field(testId: string): HTMLTextAreaElement {
  const element = document.createElement('textarea')
  element.dataset.testid = testId
  // jsdom does no layout: record the scroll instead.
  element.scrollIntoView = () => scrolled.push(element)
  return element
}

describe('focusWhenShown', () => {
  it('focuses a field that appears after the screen changes', async () => {
    focusWhenShown('[data-testid="tor-background"]')
    expect(document.activeElement).toBe(document.body)
    const later = field('tor-background')
    document.body.append(field('tor-method'), later)
    await vi.waitFor(() => expect(document.activeElement).toBe(later))
    expect(scrolled).toContain(later)
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
