import type { DeepStrings } from './deepStrings'
import type { Language } from './languages'

const en = {
  file: 'File',
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
  hide: 'Hide Pelatih',
  hideOthers: 'Hide others',
  unhide: 'Show all',
}

/**
 * Labels of the application menu, in English and Bahasa Indonesia: the namespace `menu`. Electron
 * main builds the menu with its own i18next instance, from the system language until the page says
 * which language the user chose.
 */
export const menuText: Readonly<Record<Language, DeepStrings<typeof en>>> = {
  en,
  id: {
    file: 'Berkas',
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
    hide: 'Sembunyikan Pelatih',
    hideOthers: 'Sembunyikan lainnya',
    unhide: 'Tampilkan semua',
  },
}
