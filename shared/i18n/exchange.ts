import type { ExchangeErrorCode, ExchangeWarningCode } from '../exchange/exchangeError'
import type { TableName } from '../model/tables'
import type { Language } from './languages'

type Suffix<K, P extends string> = K extends `${P}${infer Rest}` ? Rest : never

/** The exchange texts of one language: error and warning sentences, and table labels. */
export type ExchangeTextTree = {
  readonly error: Readonly<Record<Suffix<ExchangeErrorCode, 'exchange.error.'>, string>>
  readonly warning: Readonly<Record<Suffix<ExchangeWarningCode, 'exchange.warning.'>, string>>
  readonly table: Readonly<Record<TableName, string>>
}

const NOTHING_CHANGED_EN = 'Nothing was changed.'
const NOTHING_CHANGED_ID = 'Tidak ada yang diubah.'

/**
 * The user-facing sentences for backups, imports and capture packs, in English and Bahasa
 * Indonesia: the namespace `exchange`. An error or warning code `exchange.error.truncated` is the
 * key `error.truncated` of this namespace; `{{table}}` takes a table label (`table.ideas`).
 */
export const exchangeText: Readonly<Record<Language, ExchangeTextTree>> = {
  en: {
    error: {
      empty: `The file is empty. ${NOTHING_CHANGED_EN}`,
      tooLarge: `The file is too large ({{sizeMb}} MB; the limit is {{maxMb}} MB). ${NOTHING_CHANGED_EN}`,
      encoding: `The file contains characters that cannot be read (it is not UTF-8 text, or it is damaged). ${NOTHING_CHANGED_EN}`,
      truncated: `The file is incomplete (it may have been cut off while copying). ${NOTHING_CHANGED_EN}`,
      notJson: `This is not a Pelatih backup or export: its content cannot be read as data. ${NOTHING_CHANGED_EN}`,
      tooDeep: `The file is nested more than {{maxDepth}} levels deep, which no Pelatih file is. ${NOTHING_CHANGED_EN}`,
      foreignFile: `This file was not made by Pelatih. Choose a backup, training file or capture pack exported from Pelatih. ${NOTHING_CHANGED_EN}`,
      forbiddenKey: `The file contains a field named "{{key}}", which Pelatih never writes; it may have been made to cause harm. ${NOTHING_CHANGED_EN}`,
      futureFormat: `This file was made by a newer version of Pelatih (file format {{fileVersion}}). Update Pelatih to open it. ${NOTHING_CHANGED_EN}`,
      badEnvelope: `The file's header is damaged (the field "{{field}}" is missing or wrong). ${NOTHING_CHANGED_EN}`,
      futureVersion: `This file holds data from a newer version of Pelatih (data version {{fileVersion}}; this app knows up to {{appVersion}}). Update Pelatih to open it. ${NOTHING_CHANGED_EN}`,
      unknownTable: `The file contains a kind of data this version of Pelatih does not know ("{{table}}"). ${NOTHING_CHANGED_EN}`,
      countMismatch: `The file is incomplete or was edited: it announces {{expected}} {{table}} but contains {{actual}}. ${NOTHING_CHANGED_EN}`,
      tampered: `The file was changed after Pelatih saved it (its checksum does not match), so it cannot be trusted. ${NOTHING_CHANGED_EN}`,
      invalidRow: `Item {{row}} of the {{table}} is not valid (the field "{{field}}" has a wrong value). ${NOTHING_CHANGED_EN}`,
      duplicateId: `Item {{row}} of the {{table}} appears twice in the file (id {{id}}). ${NOTHING_CHANGED_EN}`,
      migrationFailed: `The {{table}} in this file could not be updated to this version of Pelatih (step {{version}}). ${NOTHING_CHANGED_EN}`,
      rowOutsideTrainings: `Item {{row}} of the {{table}} (id {{id}}) belongs to a training this file is not about; importing it could change another training. ${NOTHING_CHANGED_EN}`,
      rowOfOtherTraining: `Item {{row}} of the {{table}} (id {{id}}) is stored here in another training; importing it would move it out of that training. ${NOTHING_CHANGED_EN}`,
      orphanRow: `Item {{row}} of the {{table}} (id {{id}}) belongs to a training that is neither in the file nor in this app (training id {{trainingId}}). ${NOTHING_CHANGED_EN}`,
      timestampOutOfRange: `Item {{row}} of the {{table}} (id {{id}}) has an impossible time in the field "{{field}}" ({{when}}): before {{minYear}} or more than {{maxDays}} days after this computer's clock. If this computer's date is wrong, correct it and import again. ${NOTHING_CHANGED_EN}`,
      photoMissing: `{{count}} photo file(s) the data needs are neither in the file nor on this computer (the first is {{hash}}). ${NOTHING_CHANGED_EN}`,
      photoDamaged: `The photo file "{{name}}" in the archive does not match its content hash: it was damaged or changed. ${NOTHING_CHANGED_EN}`,
      archivePath: `The archive holds an entry "{{name}}" that is not a Pelatih file or points outside its folder; it may have been made to cause harm. ${NOTHING_CHANGED_EN}`,
      photoRefused: `The photo file "{{name}}" in the file is not a JPEG, PNG or WebP picture of at most 100 megapixels. ${NOTHING_CHANGED_EN}`,
      photoNotStored: `The photo files could not be saved on this computer ({{message}}). ${NOTHING_CHANGED_EN}`,
    },
    warning: {
      migrated: 'The file was made by an older version of Pelatih; its data was updated (data version {{fromVersion}} to {{toVersion}}).',
      fieldsDropped: '{{count}} of the {{table}} had extra fields this version does not use; those fields were left out.',
    },
    table: {
      trainings: 'trainings',
      teamMembers: 'team members',
      participants: 'participants',
      attendance: 'attendance records',
      sessions: 'sessions',
      rounds: 'brainstorm rounds',
      clusters: 'card clusters',
      ideas: 'brainstorm cards',
      rolePlays: 'role plays',
      observations: 'observation notes',
      groups: 'discussion groups',
      actionPlans: 'action plans',
      evaluations: 'evaluations',
      photos: 'photos',
      templates: 'agenda templates',
      conflicts: 'versions kept from a merge',
      organizations: 'organisation profiles',
      problems: 'problems and solutions',
      venueReceipts: 'items received from phones',
    },
  },
  id: {
    error: {
      empty: `Berkas kosong. ${NOTHING_CHANGED_ID}`,
      tooLarge: `Berkas terlalu besar ({{sizeMb}} MB; batasnya {{maxMb}} MB). ${NOTHING_CHANGED_ID}`,
      encoding: `Berkas berisi karakter yang tidak dapat dibaca (bukan teks UTF-8, atau berkas rusak). ${NOTHING_CHANGED_ID}`,
      truncated: `Berkas tidak lengkap (mungkin terpotong saat disalin). ${NOTHING_CHANGED_ID}`,
      notJson: `Ini bukan berkas cadangan atau ekspor Pelatih: isinya tidak dapat dibaca sebagai data. ${NOTHING_CHANGED_ID}`,
      tooDeep: `Struktur berkas bersarang lebih dari {{maxDepth}} tingkat, padahal tidak ada berkas Pelatih yang seperti itu. ${NOTHING_CHANGED_ID}`,
      foreignFile: `Berkas ini tidak dibuat oleh Pelatih. Pilih berkas cadangan, berkas pelatihan, atau paket catatan yang diekspor dari Pelatih. ${NOTHING_CHANGED_ID}`,
      forbiddenKey: `Berkas berisi kolom bernama "{{key}}" yang tidak pernah ditulis Pelatih; berkas ini mungkin sengaja dibuat untuk merusak. ${NOTHING_CHANGED_ID}`,
      futureFormat: `Berkas ini dibuat oleh Pelatih versi yang lebih baru (format berkas {{fileVersion}}). Perbarui Pelatih untuk membukanya. ${NOTHING_CHANGED_ID}`,
      badEnvelope: `Bagian kepala berkas rusak (kolom "{{field}}" hilang atau salah). ${NOTHING_CHANGED_ID}`,
      futureVersion: `Berkas ini berisi data dari Pelatih versi yang lebih baru (versi data {{fileVersion}}; aplikasi ini hanya mengenal sampai {{appVersion}}). Perbarui Pelatih untuk membukanya. ${NOTHING_CHANGED_ID}`,
      unknownTable: `Berkas berisi jenis data yang tidak dikenal oleh versi Pelatih ini ("{{table}}"). ${NOTHING_CHANGED_ID}`,
      countMismatch: `Berkas tidak lengkap atau telah diubah: tertulis {{expected}} {{table}}, tetapi isinya {{actual}}. ${NOTHING_CHANGED_ID}`,
      tampered: `Berkas telah diubah setelah disimpan oleh Pelatih (checksum tidak cocok), sehingga tidak dapat dipercaya. ${NOTHING_CHANGED_ID}`,
      invalidRow: `Butir ke-{{row}} pada {{table}} tidak valid (kolom "{{field}}" berisi nilai yang salah). ${NOTHING_CHANGED_ID}`,
      duplicateId: `Butir ke-{{row}} pada {{table}} muncul dua kali dalam berkas (id {{id}}). ${NOTHING_CHANGED_ID}`,
      migrationFailed: `Data {{table}} dalam berkas ini tidak dapat diperbarui ke versi Pelatih ini (langkah {{version}}). ${NOTHING_CHANGED_ID}`,
      rowOutsideTrainings: `Butir ke-{{row}} pada {{table}} (id {{id}}) milik pelatihan yang bukan isi berkas ini; mengimpornya dapat mengubah pelatihan lain. ${NOTHING_CHANGED_ID}`,
      rowOfOtherTraining: `Butir ke-{{row}} pada {{table}} (id {{id}}) tersimpan di sini dalam pelatihan lain; mengimpornya akan memindahkannya keluar dari pelatihan itu. ${NOTHING_CHANGED_ID}`,
      orphanRow: `Butir ke-{{row}} pada {{table}} (id {{id}}) milik pelatihan yang tidak ada, baik di berkas maupun di aplikasi ini (id pelatihan {{trainingId}}). ${NOTHING_CHANGED_ID}`,
      timestampOutOfRange: `Butir ke-{{row}} pada {{table}} (id {{id}}) memiliki waktu yang mustahil pada kolom "{{field}}" ({{when}}): sebelum tahun {{minYear}} atau lebih dari {{maxDays}} hari setelah jam komputer ini. Jika tanggal komputer ini salah, perbaiki lalu impor lagi. ${NOTHING_CHANGED_ID}`,
      photoMissing: `{{count}} berkas foto yang dibutuhkan data tidak ada, baik di berkas maupun di komputer ini (yang pertama {{hash}}). ${NOTHING_CHANGED_ID}`,
      photoDamaged: `Berkas foto "{{name}}" dalam arsip tidak cocok dengan hash isinya: berkas rusak atau telah diubah. ${NOTHING_CHANGED_ID}`,
      archivePath: `Arsip berisi entri "{{name}}" yang bukan berkas Pelatih atau menunjuk ke luar foldernya; arsip ini mungkin dibuat untuk merusak. ${NOTHING_CHANGED_ID}`,
      photoRefused: `Berkas foto "{{name}}" dalam berkas ini bukan gambar JPEG, PNG, atau WebP berukuran paling besar 100 megapiksel. ${NOTHING_CHANGED_ID}`,
      photoNotStored: `Berkas foto tidak dapat disimpan di komputer ini ({{message}}). ${NOTHING_CHANGED_ID}`,
    },
    warning: {
      migrated: 'Berkas dibuat oleh Pelatih versi lama; datanya telah diperbarui (versi data {{fromVersion}} ke {{toVersion}}).',
      fieldsDropped: '{{count}} butir pada {{table}} memiliki kolom tambahan yang tidak dipakai versi ini; kolom tersebut diabaikan.',
    },
    table: {
      trainings: 'pelatihan',
      teamMembers: 'anggota tim',
      participants: 'peserta',
      attendance: 'catatan kehadiran',
      sessions: 'sesi',
      rounds: 'putaran curah pendapat',
      clusters: 'kelompok kartu',
      ideas: 'kartu curah pendapat',
      rolePlays: 'permainan peran',
      observations: 'catatan pengamatan',
      groups: 'kelompok diskusi',
      actionPlans: 'rencana tindak lanjut',
      evaluations: 'evaluasi',
      photos: 'foto',
      templates: 'templat agenda',
      conflicts: 'versi yang disimpan dari penggabungan',
      organizations: 'profil lembaga',
      problems: 'hambatan dan pemecahan',
      venueReceipts: 'kiriman yang diterima dari ponsel',
    },
  },
}
