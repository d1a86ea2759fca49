import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

/** Where every browser test saves its screenshots (named in the README). */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', 'test-results', 'screenshots')

/** Saves a full-page screenshot under SCREENSHOT_DIR and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
