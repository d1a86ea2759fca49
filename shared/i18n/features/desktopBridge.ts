import type { DeepStrings } from '../deepStrings'

const en = {
  missingTitle: 'Pelatih cannot reach its data folder',
  missing:
    'This window started without its connection to the computer, so nothing typed here could be saved to disk. Nothing has been changed and your saved data is safe. Close Pelatih and open it again; if this message comes back, install Pelatih again.',
  details: 'Details for support:',
}

/** Texts of the screen shown when the desktop bridge is missing where it must be. */
export const desktopBridgeText: { en: typeof en; id: DeepStrings<typeof en> } = {
  en,
  id: {
    missingTitle: 'Pelatih tidak dapat menjangkau folder datanya',
    missing:
      'Jendela ini terbuka tanpa sambungan ke komputer, sehingga apa pun yang diketik di sini tidak dapat disimpan ke disk. Tidak ada yang diubah dan data yang sudah tersimpan aman. Tutup Pelatih lalu buka lagi; jika pesan ini muncul lagi, pasang ulang Pelatih.',
    details: 'Rincian untuk bantuan:',
  },
}
