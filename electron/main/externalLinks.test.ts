import { describe, expect, it, vi } from 'vitest'

const shell = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }))
vi.mock('electron', () => ({ shell }))
const { openExternalChecked } = await import('./externalLinks')

describe('openExternalChecked', () => {
  it('hands only checked https links to the system browser', async () => {
    expect(await openExternalChecked('https://example.com/docs')).toBe(true)
    expect(await openExternalChecked('file:///etc/passwd')).toBe(false)
    expect(await openExternalChecked('https://example.com@evil.com')).toBe(false)
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/docs']])
  })
})
