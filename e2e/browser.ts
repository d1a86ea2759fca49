import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium; playwright-core downloads nothing and drives it over CDP. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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

/** Starts Chromium headless on a profile and opens `url` in its first page; `extraArgs` are added to its command line. */
export async function launchBrowser(profileDir: string, url: string, viewport = { width: 1366, height: 768 }, extraArgs: string[] = []): Promise<RunningBrowser> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--mute-audio', '--lang=en-US',
      `--window-size=${viewport.width},${viewport.height}`,
      `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', ...extraArgs, 'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const endpoint = await waitForEndpoint(child)
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setViewportSize(viewport)
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
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
