import { shell } from 'electron'
import { openExternalUrl } from './security'

/**
 * The app's only way to open a link in the system browser: the URL must pass
 * isAllowedExternalUrl first, and only its normalised form reaches shell.openExternal.
 * Keeping the single shell.openExternal call here makes that easy to review (and to scan).
 */
export function openExternalChecked(value: unknown): Promise<boolean> {
  return openExternalUrl(value, (checked) => shell.openExternal(checked))
}
