import type { Strings } from './en'
import { actionPlansText } from './features/actionPlans'
import { agendaText } from './features/agenda'
import { backupText } from './features/backup'
import { brainstormText } from './features/brainstorm'
import { captureText } from './features/capture'
import { evaluationText } from './features/evaluation'
import { reportsText } from './features/reports'
import { participantsText } from './features/participants'
import { runText } from './features/run'
import { teamText } from './features/team'
import { desktopBridgeText } from './features/desktopBridge'
import { torText } from './features/tor'
import { organizationText } from './features/organization'
import { venueLinkText } from './features/venueLink'

/** Bahasa Indonesia UI strings. */
export const id: Strings = {
  tor: torText.id,
  team: teamText.id,
  desktopBridge: desktopBridgeText.id,
  participants: participantsText.id,
  agenda: agendaText.id,
  backup: backupText.id,
  run: runText.id,
  brainstorm: brainstormText.id,
  capture: captureText.id,
  actionPlans: actionPlansText.id,
  evaluation: evaluationText.id,
  reports: reportsText.id,
  venueLink: venueLinkText.id,
  app: {
    name: 'Pelatih',
    tagline: 'Rencanakan, jalankan, catat, dan laporkan pelatihan Anda, tanpa internet.',
    language: 'Bahasa',
    languages: { en: 'English', id: 'Bahasa Indonesia' },
    home: 'Pelatihan',
    about: 'Tentang Pelatih',
    aboutText: 'Versi {{version}} di {{platform}}. Data Anda tetap di komputer ini, di {{folder}}.',
    close: 'Tutup',
    cancel: 'Batal',
    save: 'Simpan',
    delete: 'Hapus',
    rename: 'Ganti nama',
    open: 'Buka',
    undo: 'Urungkan',
    loading: 'Memuat…',
    notFound: 'Pelatihan ini sudah tidak ada.',
    backToList: 'Kembali ke daftar pelatihan',
    aboutLog: 'Apa yang dilakukan aplikasi sendiri (tidak pernah teks Anda) dicatat di {{file}}.',
    crash: {
      title: 'Terjadi masalah di layar ini',
      tabTitle: 'Tab ini berhenti bekerja',
      body: 'Pelatih menemui galat yang tidak terduga, jadi bagian ini tidak ditampilkan daripada ditampilkan dengan salah.',
      tabBody: 'Tab lain tetap bisa dipakai. Muat ulang untuk membuka tab ini lagi.',
      safe: 'Data Anda aman: semua yang sudah bertanda "Tersimpan" ada di komputer ini, dan teks yang sedang Anda ketik disimpan saat aplikasi dimuat ulang.',
      reload: 'Muat ulang',
      copy: 'Salin rincian',
      copied: 'Rincian disalin',
      copyFailed: 'Tidak bisa menyalin: pilih rincian di bawah dan salin secara manual.',
      details: 'Rincian untuk dukungan',
    },
    shellNotice: {
      title: 'Aplikasi memulai ulang sebuah jendela',
      crashed: '{{window}} berhenti tiba-tiba pada {{time}} dan sudah dibuka lagi.',
      unresponsive: '{{window}} tidak merespons pada {{time}} dan sudah dimulai ulang.',
      'load-failed': '{{window}} tidak bisa dimuat pada {{time}} dan sudah dimuat lagi.',
      safe: 'Data Anda aman: tidak ada yang hilang dari yang sudah bertanda "Tersimpan".',
      trainer: 'Jendela aplikasi',
      projector: 'Jendela proyektor',
    },
  },
  save: {
    saving: 'Menyimpan…',
    saved: 'Tersimpan',
    savedLocalOnly: 'Tersimpan di komputer ini saja (tanpa salinan disk)',
    failed: 'Tidak tersimpan: {{message}}',
    idle: 'Semua perubahan tersimpan',
    localOnly: {
      diskFull: 'Tersimpan di komputer ini saja: disk penuh',
      notWritable: 'Tersimpan di komputer ini saja: folder data tidak bisa ditulisi',
      notAnswering: 'Tersimpan di komputer ini saja: penyimpanan aplikasi tidak menjawab',
    },
    localOnlyHelp: {
      diskFull: 'Kosongkan sebagian ruang disk. Perubahan Anda akan disalin ke disk dengan sendirinya begitu ada ruang.',
      notWritable:
        'Periksa bahwa folder data Pelatih tidak hanya-baca dan Anda boleh menulis di dalamnya. Perubahan Anda akan disalin ke disk dengan sendirinya begitu folder itu bisa ditulisi.',
      notAnswering:
        'Lanjutkan bekerja: Pelatih terus mencoba. Jika pesan ini tidak hilang, tutup lalu buka lagi Pelatih; perubahan Anda tetap tersimpan di komputer ini dan disalin ke disk saat dibuka berikutnya.',
    },
    nowSafeTitle: 'Salinan disk sudah lengkap',
    nowSafe: 'Perubahan yang tadi tersimpan di komputer ini saja kini juga aman di disk.',
  },
  recovery: {
    title: 'Data dipulihkan dari salinan disk',
    restored_one: '{{count}} perubahan hilang dari basis data kerja dan telah dipulihkan dari salinan di disk.',
    restored_other: '{{count}} perubahan hilang dari basis data kerja dan telah dipulihkan dari salinan di disk.',
    reseeded: 'Salinan di disk hilang; salinan itu telah ditulis ulang dari basis data kerja.',
    failed: 'Salinan di disk tidak dapat dibaca: {{message}}. Data Anda di aplikasi tidak berubah.',
    titlePartial: 'Data hanya sebagian dipulihkan dari salinan disk',
    titleFailed: 'Data tidak dapat dipulihkan dari salinan disk',
    titleReseeded: 'Salinan disk ditulis ulang',
    notRestored_one: '{{count}} perubahan tidak dapat dipulihkan karena rusak di disk. Perubahan itu disimpan terpisah di {{file}}.',
    notRestored_other: '{{count}} perubahan tidak dapat dipulihkan karena rusak di disk. Perubahan itu disimpan terpisah di {{file}}.',
    incomplete: 'Sebagian salinan di disk hilang atau rusak, sehingga perubahan yang tersimpan di bagian itu tidak dapat dipulihkan.',
    nothingRestored: 'Tidak ada yang dapat dipulihkan dari salinan di disk.',
    reseededIncomplete:
      'Salinan di disk tidak lengkap atau rusak; salinan itu telah ditulis ulang dari basis data kerja. Tidak ada yang hilang di aplikasi.',
    quarantined_one: '{{count}} perubahan yang rusak di disk disimpan terpisah di {{file}}.',
    quarantined_other: '{{count}} perubahan yang rusak di disk disimpan terpisah di {{file}}.',
  },
  trainings: {
    title: 'Pelatihan',
    empty: 'Belum ada pelatihan',
    emptyHint: 'Buat pelatihan pertama Anda: beri judul, tanggal mulai, dan jumlah hari. Sisanya bisa dilengkapi nanti.',
    new: 'Pelatihan baru',
    create: 'Buat pelatihan',
    count_one: '{{count}} pelatihan',
    count_other: '{{count}} pelatihan',
    days_one: '{{count}} hari',
    days_other: '{{count}} hari',
    untitled: 'Pelatihan tanpa judul',
    deleteTitle: 'Hapus pelatihan ini?',
    deleteText: '“{{title}}” beserta semua catatannya akan dihapus dari daftar.',
    deleted: 'Pelatihan “{{title}}” dihapus.',
    renameTitle: 'Ganti nama pelatihan',
    actions: 'Tindakan untuk {{title}}',
    updated: 'Diubah {{when}}',
  },
  training: {
    title: 'Judul',
    titlePlaceholder: 'mis. Manajemen relawan untuk OMS',
    startDate: 'Tanggal mulai',
    days: 'Jumlah hari',
    dayDates: 'Hari',
    dayN: 'Hari ke-{{n}}',
    errors: {
      titleRequired: 'Beri judul pelatihan.',
      titleTooLong: 'Judul terlalu panjang (paling banyak {{max}} karakter).',
      daysRange: 'Pelatihan berlangsung antara {{min}} dan {{max}} hari.',
      dateRequired: 'Pilih tanggal mulai.',
    },
  },
  workspace: {
    tabs: {
      overview: 'Ringkasan',
      team: 'Tim',
      participants: 'Peserta',
      agenda: 'Agenda',
      run: 'Jalankan',
      actionPlans: 'Rencana tindak lanjut',
      reports: 'Laporan',
      capture: 'Catatan sesi',
      evaluation: 'Evaluasi',
    },
    overviewIntro: 'Hal-hal pokok pelatihan. Perubahan tersimpan saat Anda mengetik.',
  },
  errors: {
    generic: 'Terjadi kesalahan: {{message}}',
    storage: 'Basis data tidak dapat dibuka: {{message}}',
    newerDataTitle: 'Data ini memerlukan Pelatih yang lebih baru',
    newerData:
      'Data Anda disimpan oleh versi Pelatih yang lebih baru daripada versi ini. Pasang versi yang lebih baru untuk membukanya. Aplikasi ini tidak mengubah apa pun, jadi tidak ada yang hilang.',
    storageTitle: 'Basis data tidak dapat dibuka',
  },
  organization: organizationText.id,
}
