import { useEffect, useState } from 'react'

/** The window event the browser tests dispatch to make a tab fail (detail: the tab's key). */
export const TEST_CRASH_EVENT = 'pelatih:test-crash'

/**
 * Test-only: throws during render when the browser tests ask this tab to fail, so they can see
 * the recovery screen. It listens only when the app runs on the browser-test bridge: inside
 * Electron the preload's bridge is always there, so nothing a user does can trigger it.
 */
export function CrashProbe({ name }: { name: string }) {
  const [fail, setFail] = useState(false)
  useEffect(() => {
    if (window.pelatih !== undefined) return
    const onCrash = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === name) setFail(true)
    }
    window.addEventListener(TEST_CRASH_EVENT, onCrash)
    return () => window.removeEventListener(TEST_CRASH_EVENT, onCrash)
  }, [name])
  if (fail) throw new Error(`test crash of the ${name} tab`)
  return null
}
