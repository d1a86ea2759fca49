import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { keepSpellcheckOffline, OFFLINE_DICTIONARY_URL } from './offlineSpellcheck'

describe('keepSpellcheckOffline', () => {
  it('points dictionary downloads at this computer, never the internet, and logs a refused one once', () => {
    const session = Object.assign(new EventEmitter(), { setSpellCheckerDictionaryDownloadURL: vi.fn() })
    const log = vi.fn()
    keepSpellcheckOffline(session, log)
    const url = new URL(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string)
    expect(url.hostname).toBe('127.0.0.1')
    expect(url.href).toBe(OFFLINE_DICTIONARY_URL)
    session.emit('spellcheck-dictionary-download-failure', {}, 'id')
    session.emit('spellcheck-dictionary-download-failure', {}, 'id')
    expect(log).toHaveBeenCalledTimes(1)
  })
})
