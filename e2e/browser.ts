import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

/** Debian's Chromium; playwright-core downloads nothing and drives it over CDP. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The window size every test browses at (the screenshots' size). */
export interface Viewport {
  width: number
  height: number
}
const DEFAULT_VIEWPORT: Viewport = { width: 1366, height: 768 }

/** A Chromium process we started ourselves, so a test can SIGKILL it like a power cut. */
export interface RunningBrowser {
  browser: Browser
  page: Page
  process: ChildProcess
  profileDir: string
  /** Console errors and uncaught page errors seen so far (CSP violations show up here). */
  errors: string[]
  /** Kills the process at once (SIGKILL) and waits until it has exited. */
  kill(): Promise<void>
  /** Closes the browser cleanly. */
  close(): Promise<void>
}

/** A fresh, empty profile folder. */
export function freshProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pelatih-profile-'))
}

function waitForEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${text}`)), 30_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited with ${code}:\n${text}`))
    })
  })
}

/** The command line of every Chromium the tests start: headless, quiet, nothing downloaded. */
function chromiumArgs(profileDir: string, viewport: Viewport, extraArgs: string[]): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--mute-audio',
    '--lang=en-US',
    `--window-size=${viewport.width},${viewport.height}`,
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-port=0',
    ...extraArgs,
    'about:blank',
  ]
}

/** Starts a Chromium process on `profileDir`; resolves once its DevTools endpoint listens. */
export async function startChromium(
  profileDir: string,
  viewport: Viewport = DEFAULT_VIEWPORT,
  extraArgs: string[] = [],
): Promise<{ process: ChildProcess; endpoint: string }> {
  const child = spawn(CHROMIUM_PATH, chromiumArgs(profileDir, viewport, extraArgs), { stdio: ['ignore', 'ignore', 'pipe'] })
  return { process: child, endpoint: await waitForEndpoint(child) }
}

/** Collects the page's console errors and uncaught errors into `errors`. */
function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
}

/** Starts Chromium headless on a profile and opens `url` in its first page; `extraArgs` are added to its command line. */
export async function launchBrowser(
  profileDir: string,
  url: string,
  viewport: Viewport = DEFAULT_VIEWPORT,
  extraArgs: string[] = [],
): Promise<RunningBrowser> {
  const { process: child, endpoint } = await startChromium(profileDir, viewport, extraArgs)
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setViewportSize(viewport)
  const errors: string[] = []
  watchErrors(page, errors)
  await page.goto(url)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return {
    browser,
    page,
    process: child,
    profileDir,
    errors,
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
    close: async () => {
      await browser.close().catch(() => undefined)
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/** A page in a fresh browser context of the shared Chromium: its own empty storage, like a new profile. */
export interface SharedPage {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught page errors seen so far (CSP violations show up here). */
  errors: string[]
  /** Closes the context, and with it everything it stored. */
  close(): Promise<void>
}

let shared: Promise<Browser> | null = null

/**
 * Opens `url` in a new context of the Chromium that e2e/sharedChromium.ts started for the whole
 * run: starting Chromium costs seconds, a context milliseconds, and a context shares no storage,
 * cookies or cache with any other. A test that kills or restarts the browser, or reads its
 * profile folder, needs a process of its own (launchBrowser) instead.
 */
export async function openSharedPage(url: string, viewport: Viewport = DEFAULT_VIEWPORT): Promise<SharedPage> {
  shared ??= chromium.connectOverCDP(inject('chromiumEndpoint'))
  const context = await (await shared).newContext({ viewport, locale: 'en-US' })
  const page = await context.newPage()
  const errors: string[] = []
  watchErrors(page, errors)
  await page.goto(url)
  return { page, context, errors, close: () => context.close().catch(() => undefined) }
}
