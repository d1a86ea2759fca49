/** The privileged scheme the built renderer is served from (Electron's security checklist: no file://). */
export const APP_SCHEME = 'app'
/** The one host of that scheme; any other host is answered 404. */
export const APP_HOST = 'pelatih'
/** The page every window loads (a hash route follows). */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`
