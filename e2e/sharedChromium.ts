import { rm } from 'node:fs/promises'
import type { TestProject } from 'vitest/node'
import { freshProfile, startChromium } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DevTools endpoint of the Chromium shared by every browser test file (see openSharedPage). */
    chromiumEndpoint: string
  }
}

/**
 * Vitest global setup of the browser tests: one Chromium for the whole run, which each test
 * reaches through a fresh context of its own; returns the teardown that stops it.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const profileDir = await freshProfile()
  const { process: child, endpoint } = await startChromium(profileDir)
  project.provide('chromiumEndpoint', endpoint)
  return async () => {
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
    await rm(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
}
