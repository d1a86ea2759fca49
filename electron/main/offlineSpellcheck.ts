/** The parts of an Electron session the spell-check setting uses. */
export interface SpellcheckSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void
  on(event: 'spellcheck-dictionary-download-failure', listener: (event: unknown, languageCode: string) => void): unknown
}

/**
 * Where Chromium is sent for Hunspell dictionaries instead of Google's CDN: the discard port of
 * this computer, which refuses at once. Venues have no internet, and a spell checker must never
 * be the reason the app reaches out (macOS and Windows use the system's own checker and its
 * installed dictionaries; on Linux a missing dictionary only means no underlining).
 */
export const OFFLINE_DICTIONARY_URL = 'http://127.0.0.1:9/'

/** Keeps spell-checking offline: dictionaries are never downloaded; a refused fetch is logged once per language. */
export function keepSpellcheckOffline(session: SpellcheckSession, log: (message: string) => void): void {
  session.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL)
  const told = new Set<string>()
  session.on('spellcheck-dictionary-download-failure', (_event, languageCode) => {
    if (told.has(languageCode)) return
    told.add(languageCode)
    log(`[spellcheck] no local dictionary for ${languageCode}; not downloading one (offline by design)`)
  })
}
