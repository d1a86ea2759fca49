import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

/** How long a test waits for what the user would see before it fails. */
const STARTUP_WAIT_MS = 5_000

// The renderer's .ts tests run in Node, without a window: they render nothing and need none of this.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react')
  // A whole app starting on fake-indexeddb (reconcile with the journal, first live queries) takes
  // about a second on a quiet 2-core machine and more under load: the default 1 s wait for what
  // the user would see was shorter than the app's own start, so such tests failed now and then.
  configure({ asyncUtilTimeout: STARTUP_WAIT_MS })
  afterEach(() => {
    cleanup()
  })

  // jsdom lacks these; Mantine needs them.
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  })

  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub })
  Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { writable: true, value: () => undefined })
}
