/**
 * Labels of the application menu, in English and Bahasa Indonesia. The menu is built in the
 * main process from the system language, before the renderer's i18n is loaded, so these live
 * apart from the UI strings. Both languages must have exactly the same keys.
 */
export const MENU_STRINGS = {
  en: {
    file: 'File',
    newTraining: 'New training',
    home: 'Home',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste as plain text',
    delete: 'Delete',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    forceReload: 'Force reload',
    toggleDevTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleFullScreen: 'Full screen',
    toggleLanguage: 'Switch language (English / Bahasa Indonesia)',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: 'Help',
    about: 'About Pelatih',
    hide: 'Hide Pelatih',
    hideOthers: 'Hide others',
    unhide: 'Show all',
  },
  id: {
    file: 'Berkas',
    newTraining: 'Pelatihan baru',
    home: 'Beranda',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    pasteAndMatchStyle: 'Tempel sebagai teks biasa',
    delete: 'Hapus',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    forceReload: 'Paksa muat ulang',
    toggleDevTools: 'Alat pengembang',
    resetZoom: 'Ukuran asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    toggleFullScreen: 'Layar penuh',
    toggleLanguage: 'Ganti bahasa (Bahasa Indonesia / English)',
    window: 'Jendela',
    minimize: 'Kecilkan',
    close: 'Tutup jendela',
    help: 'Bantuan',
    about: 'Tentang Pelatih',
    hide: 'Sembunyikan Pelatih',
    hideOthers: 'Sembunyikan lainnya',
    unhide: 'Tampilkan semua',
  },
} as const

/** A language the menu is available in. */
export type MenuLanguage = keyof typeof MENU_STRINGS

/** The labels of one menu language. */
export type MenuStrings = { readonly [K in keyof (typeof MENU_STRINGS)['en']]: string }

/**
 * Picks the menu language for a list of preferred locales (first match wins): Indonesian
 * ('id', and the legacy 'in' code) gets Bahasa Indonesia, everything else English.
 */
export function menuLanguageFor(locales: readonly string[]): MenuLanguage {
  const first = (locales.find((locale) => locale.trim() !== '') ?? '').toLowerCase()
  return /^(id|in)(?:[-_]|$)/.test(first) ? 'id' : 'en'
}
