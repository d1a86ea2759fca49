import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME } from './appOrigin'
import { contentSecurityPolicyOf, serveRendererFile } from './rendererFiles'

/**
 * Declares the app scheme before the app is ready (Electron allows it only then): standard and
 * secure, so the page has a real origin of its own (storage, workers, module scripts, fetch of
 * its own assets); no CSP bypass, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ])
}

/** Serves the built renderer folder on the app scheme (after ready), read-only. */
export async function serveAppScheme(rendererRoot: string): Promise<void> {
  const csp = contentSecurityPolicyOf(await readFile(join(rendererRoot, 'index.html'), 'utf8'))
  protocol.handle(APP_SCHEME, async (request) => {
    const served = await serveRendererFile(rendererRoot, { url: request.url, method: request.method }, csp)
    return new Response(served.body === null ? null : Buffer.from(served.body.buffer, served.body.byteOffset, served.body.byteLength), {
      status: served.status,
      headers: served.headers,
    })
  })
}
