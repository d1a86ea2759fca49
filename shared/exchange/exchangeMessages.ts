import type { TableName } from '../model/tables'
import type { ExchangeErrorCode, ExchangeWarningCode, MessageParams } from './exchangeError'

/** The languages the app speaks. */
export type ExchangeLanguage = 'en' | 'id'

/** Every key of the exchange texts: error and warning sentences, and table labels. */
export type ExchangeMessageKey = ExchangeErrorCode | ExchangeWarningCode | `exchange.table.${TableName}`

const NOTHING_CHANGED_EN = 'Nothing was changed.'
const NOTHING_CHANGED_ID = 'Tidak ada yang diubah.'

/**
 * The user-facing sentences for backups, imports and capture packs, in English and Bahasa
 * Indonesia. Keys are flat and contain dots: register them with i18next as-is under
 * `keySeparator: false`, or format them directly with {@link formatExchangeMessage}.
 * Placeholders use the i18next `{{name}}` syntax; `{{table}}` takes a table label.
 */
export const EXCHANGE_MESSAGES: Record<ExchangeLanguage, Record<ExchangeMessageKey, string>> = {
  en: {
    'exchange.error.empty': `The file is empty. ${NOTHING_CHANGED_EN}`,
    'exchange.error.tooLarge': `The file is too large ({{sizeMb}} MB; the limit is {{maxMb}} MB). ${NOTHING_CHANGED_EN}`,
    'exchange.error.encoding': `The file contains characters that cannot be read (it is not UTF-8 text, or it is damaged). ${NOTHING_CHANGED_EN}`,
    'exchange.error.truncated': `The file is incomplete (it may have been cut off while copying). ${NOTHING_CHANGED_EN}`,
    'exchange.error.notJson': `This is not a Pelatih backup or export: its content cannot be read as data. ${NOTHING_CHANGED_EN}`,
    'exchange.error.tooDeep': `The file is nested more than {{maxDepth}} levels deep, which no Pelatih file is. ${NOTHING_CHANGED_EN}`,
    'exchange.error.foreignFile': `This file was not made by Pelatih. Choose a backup, training file or capture pack exported from Pelatih. ${NOTHING_CHANGED_EN}`,
    'exchange.error.forbiddenKey': `The file contains a field named "{{key}}", which Pelatih never writes; it may have been made to cause harm. ${NOTHING_CHANGED_EN}`,
    'exchange.error.futureFormat': `This file was made by a newer version of Pelatih (file format {{fileVersion}}). Update Pelatih to open it. ${NOTHING_CHANGED_EN}`,
    'exchange.error.badEnvelope': `The file's header is damaged (the field "{{field}}" is missing or wrong). ${NOTHING_CHANGED_EN}`,
    'exchange.error.futureVersion': `This file holds data from a newer version of Pelatih (data version {{fileVersion}}; this app knows up to {{appVersion}}). Update Pelatih to open it. ${NOTHING_CHANGED_EN}`,
    'exchange.error.unknownTable': `The file contains a kind of data this version of Pelatih does not know ("{{table}}"). ${NOTHING_CHANGED_EN}`,
    'exchange.error.countMismatch': `The file is incomplete or was edited: it announces {{expected}} {{table}} but contains {{actual}}. ${NOTHING_CHANGED_EN}`,
    'exchange.error.tampered': `The file was changed after Pelatih saved it (its checksum does not match), so it cannot be trusted. ${NOTHING_CHANGED_EN}`,
    'exchange.error.invalidRow': `Item {{row}} of the {{table}} is not valid (the field "{{field}}" has a wrong value). ${NOTHING_CHANGED_EN}`,
    'exchange.error.duplicateId': `Item {{row}} of the {{table}} appears twice in the file (id {{id}}). ${NOTHING_CHANGED_EN}`,
    'exchange.error.migrationFailed': `The {{table}} in this file could not be updated to this version of Pelatih (step {{version}}). ${NOTHING_CHANGED_EN}`,
    'exchange.error.rowOutsideTrainings': `Item {{row}} of the {{table}} (id {{id}}) belongs to a training this file is not about; importing it could change another training. ${NOTHING_CHANGED_EN}`,
    'exchange.error.rowOfOtherTraining': `Item {{row}} of the {{table}} (id {{id}}) is stored here in another training; importing it would move it out of that training. ${NOTHING_CHANGED_EN}`,
    'exchange.error.orphanRow': `Item {{row}} of the {{table}} (id {{id}}) belongs to a training that is neither in the file nor in this app (training id {{trainingId}}). ${NOTHING_CHANGED_EN}`,
    'exchange.error.timestampOutOfRange': `Item {{row}} of the {{table}} (id {{id}}) has an impossible time in the field "{{field}}" ({{when}}): before {{minYear}} or more than {{maxDays}} days after this computer's clock. If this computer's date is wrong, correct it and import again. ${NOTHING_CHANGED_EN}`,
    'exchange.error.photoMissing': `{{count}} photo file(s) the data needs are neither in the file nor on this computer (the first is {{hash}}). ${NOTHING_CHANGED_EN}`,
    'exchange.error.photoDamaged': `The photo file "{{name}}" in the archive does not match its content hash: it was damaged or changed. ${NOTHING_CHANGED_EN}`,
    'exchange.error.archivePath': `The archive holds an entry "{{name}}" that is not a Pelatih file or points outside its folder; it may have been made to cause harm. ${NOTHING_CHANGED_EN}`,
    'exchange.error.photoRefused': `The photo file "{{name}}" in the file is not a JPEG, PNG or WebP picture of at most 100 megapixels. ${NOTHING_CHANGED_EN}`,
    'exchange.error.photoNotStored': `The photo files could not be saved on this computer ({{message}}). ${NOTHING_CHANGED_EN}`,
    'exchange.warning.migrated':
      'The file was made by an older version of Pelatih; its data was updated (data version {{fromVersion}} to {{toVersion}}).',
    'exchange.warning.fieldsDropped': '{{count}} of the {{table}} had extra fields this version does not use; those fields were left out.',
    'exchange.table.trainings': 'trainings',
    'exchange.table.teamMembers': 'team members',
    'exchange.table.participants': 'participants',
    'exchange.table.attendance': 'attendance records',
    'exchange.table.sessions': 'sessions',
    'exchange.table.rounds': 'brainstorm rounds',
    'exchange.table.clusters': 'card clusters',
    'exchange.table.ideas': 'brainstorm cards',
    'exchange.table.rolePlays': 'role plays',
    'exchange.table.observations': 'observation notes',
    'exchange.table.groups': 'discussion groups',
    'exchange.table.actionPlans': 'action plans',
    'exchange.table.evaluations': 'evaluations',
    'exchange.table.photos': 'photos',
    'exchange.table.templates': 'agenda templates',
    'exchange.table.conflicts': 'versions kept from a merge',
    'exchange.table.organizations': 'organisation profiles',
    'exchange.table.problems': 'problems and solutions',
    'exchange.table.venueReceipts': 'items received from phones',
  },
  id: {
    'exchange.error.empty': `Berkas kosong. ${NOTHING_CHANGED_ID}`,
    'exchange.error.tooLarge': `Berkas terlalu besar ({{sizeMb}} MB; batasnya {{maxMb}} MB). ${NOTHING_CHANGED_ID}`,
    'exchange.error.encoding': `Berkas berisi karakter yang tidak dapat dibaca (bukan teks UTF-8, atau berkas rusak). ${NOTHING_CHANGED_ID}`,
    'exchange.error.truncated': `Berkas tidak lengkap (mungkin terpotong saat disalin). ${NOTHING_CHANGED_ID}`,
    'exchange.error.notJson': `Ini bukan berkas cadangan atau ekspor Pelatih: isinya tidak dapat dibaca sebagai data. ${NOTHING_CHANGED_ID}`,
    'exchange.error.tooDeep': `Struktur berkas bersarang lebih dari {{maxDepth}} tingkat, padahal tidak ada berkas Pelatih yang seperti itu. ${NOTHING_CHANGED_ID}`,
    'exchange.error.foreignFile': `Berkas ini tidak dibuat oleh Pelatih. Pilih berkas cadangan, berkas pelatihan, atau paket catatan yang diekspor dari Pelatih. ${NOTHING_CHANGED_ID}`,
    'exchange.error.forbiddenKey': `Berkas berisi kolom bernama "{{key}}" yang tidak pernah ditulis Pelatih; berkas ini mungkin sengaja dibuat untuk merusak. ${NOTHING_CHANGED_ID}`,
    'exchange.error.futureFormat': `Berkas ini dibuat oleh Pelatih versi yang lebih baru (format berkas {{fileVersion}}). Perbarui Pelatih untuk membukanya. ${NOTHING_CHANGED_ID}`,
    'exchange.error.badEnvelope': `Bagian kepala berkas rusak (kolom "{{field}}" hilang atau salah). ${NOTHING_CHANGED_ID}`,
    'exchange.error.futureVersion': `Berkas ini berisi data dari Pelatih versi yang lebih baru (versi data {{fileVersion}}; aplikasi ini hanya mengenal sampai {{appVersion}}). Perbarui Pelatih untuk membukanya. ${NOTHING_CHANGED_ID}`,
    'exchange.error.unknownTable': `Berkas berisi jenis data yang tidak dikenal oleh versi Pelatih ini ("{{table}}"). ${NOTHING_CHANGED_ID}`,
    'exchange.error.countMismatch': `Berkas tidak lengkap atau telah diubah: tertulis {{expected}} {{table}}, tetapi isinya {{actual}}. ${NOTHING_CHANGED_ID}`,
    'exchange.error.tampered': `Berkas telah diubah setelah disimpan oleh Pelatih (checksum tidak cocok), sehingga tidak dapat dipercaya. ${NOTHING_CHANGED_ID}`,
    'exchange.error.invalidRow': `Butir ke-{{row}} pada {{table}} tidak valid (kolom "{{field}}" berisi nilai yang salah). ${NOTHING_CHANGED_ID}`,
    'exchange.error.duplicateId': `Butir ke-{{row}} pada {{table}} muncul dua kali dalam berkas (id {{id}}). ${NOTHING_CHANGED_ID}`,
    'exchange.error.migrationFailed': `Data {{table}} dalam berkas ini tidak dapat diperbarui ke versi Pelatih ini (langkah {{version}}). ${NOTHING_CHANGED_ID}`,
    'exchange.error.rowOutsideTrainings': `Butir ke-{{row}} pada {{table}} (id {{id}}) milik pelatihan yang bukan isi berkas ini; mengimpornya dapat mengubah pelatihan lain. ${NOTHING_CHANGED_ID}`,
    'exchange.error.rowOfOtherTraining': `Butir ke-{{row}} pada {{table}} (id {{id}}) tersimpan di sini dalam pelatihan lain; mengimpornya akan memindahkannya keluar dari pelatihan itu. ${NOTHING_CHANGED_ID}`,
    'exchange.error.orphanRow': `Butir ke-{{row}} pada {{table}} (id {{id}}) milik pelatihan yang tidak ada, baik di berkas maupun di aplikasi ini (id pelatihan {{trainingId}}). ${NOTHING_CHANGED_ID}`,
    'exchange.error.timestampOutOfRange': `Butir ke-{{row}} pada {{table}} (id {{id}}) memiliki waktu yang mustahil pada kolom "{{field}}" ({{when}}): sebelum tahun {{minYear}} atau lebih dari {{maxDays}} hari setelah jam komputer ini. Jika tanggal komputer ini salah, perbaiki lalu impor lagi. ${NOTHING_CHANGED_ID}`,
    'exchange.error.photoMissing': `{{count}} berkas foto yang dibutuhkan data tidak ada, baik di berkas maupun di komputer ini (yang pertama {{hash}}). ${NOTHING_CHANGED_ID}`,
    'exchange.error.photoDamaged': `Berkas foto "{{name}}" dalam arsip tidak cocok dengan hash isinya: berkas rusak atau telah diubah. ${NOTHING_CHANGED_ID}`,
    'exchange.error.archivePath': `Arsip berisi entri "{{name}}" yang bukan berkas Pelatih atau menunjuk ke luar foldernya; arsip ini mungkin dibuat untuk merusak. ${NOTHING_CHANGED_ID}`,
    'exchange.error.photoRefused': `Berkas foto "{{name}}" dalam berkas ini bukan gambar JPEG, PNG, atau WebP berukuran paling besar 100 megapiksel. ${NOTHING_CHANGED_ID}`,
    'exchange.error.photoNotStored': `Berkas foto tidak dapat disimpan di komputer ini ({{message}}). ${NOTHING_CHANGED_ID}`,
    'exchange.warning.migrated':
      'Berkas dibuat oleh Pelatih versi lama; datanya telah diperbarui (versi data {{fromVersion}} ke {{toVersion}}).',
    'exchange.warning.fieldsDropped':
      '{{count}} butir pada {{table}} memiliki kolom tambahan yang tidak dipakai versi ini; kolom tersebut diabaikan.',
    'exchange.table.trainings': 'pelatihan',
    'exchange.table.teamMembers': 'anggota tim',
    'exchange.table.participants': 'peserta',
    'exchange.table.attendance': 'catatan kehadiran',
    'exchange.table.sessions': 'sesi',
    'exchange.table.rounds': 'putaran curah pendapat',
    'exchange.table.clusters': 'kelompok kartu',
    'exchange.table.ideas': 'kartu curah pendapat',
    'exchange.table.rolePlays': 'permainan peran',
    'exchange.table.observations': 'catatan pengamatan',
    'exchange.table.groups': 'kelompok diskusi',
    'exchange.table.actionPlans': 'rencana tindak lanjut',
    'exchange.table.evaluations': 'evaluasi',
    'exchange.table.photos': 'foto',
    'exchange.table.templates': 'templat agenda',
    'exchange.table.conflicts': 'versi yang disimpan dari penggabungan',
    'exchange.table.organizations': 'profil lembaga',
    'exchange.table.problems': 'hambatan dan pemecahan',
    'exchange.table.venueReceipts': 'kiriman yang diterima dari ponsel',
  },
}

type Suffix<K, P extends string> = K extends `${P}${infer Rest}` ? Rest : never

/** The exchange texts of one language as a tree, the shape the app's i18next resources use. */
export type ExchangeTextTree = {
  readonly error: Readonly<Record<Suffix<ExchangeErrorCode, 'exchange.error.'>, string>>
  readonly warning: Readonly<Record<Suffix<ExchangeWarningCode, 'exchange.warning.'>, string>>
  readonly table: Readonly<Record<TableName, string>>
}

function toTree(flat: Readonly<Record<ExchangeMessageKey, string>>): ExchangeTextTree {
  const tree = { error: {}, warning: {}, table: {} } as Record<'error' | 'warning' | 'table', Record<string, string>>
  for (const [key, text] of Object.entries(flat)) {
    const [, branch, leaf] = key.split('.') as [string, 'error' | 'warning' | 'table', string]
    tree[branch][leaf] = text
  }
  return tree as unknown as ExchangeTextTree
}

/**
 * The same texts nested (`error.truncated`, `table.ideas`...): mount them as `exchange:
 * exchangeText.en` in shared/i18n/en.ts (and `.id` in id.ts), and every error and warning code
 * is then a working i18next key as it stands, e.g. t('exchange.error.truncated').
 */
export const exchangeText: Readonly<Record<ExchangeLanguage, ExchangeTextTree>> = {
  en: toTree(EXCHANGE_MESSAGES.en),
  id: toTree(EXCHANGE_MESSAGES.id),
}

function isMessageKey(key: string): key is ExchangeMessageKey {
  return Object.hasOwn(EXCHANGE_MESSAGES.en, key)
}

/**
 * The sentence for an error or warning in `language`, with its placeholders filled. A
 * `table` param is shown by its label ("brainstorm cards", "kartu curah pendapat"); an
 * unknown table name is shown as written. A placeholder without a value stays visible, so a
 * missing param shows up in tests rather than as an empty gap.
 */
export function formatExchangeMessage(
  language: ExchangeLanguage,
  message: { readonly code: ExchangeErrorCode | ExchangeWarningCode; readonly params: MessageParams },
): string {
  const texts = EXCHANGE_MESSAGES[language]
  return texts[message.code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = message.params[name]
    if (value === undefined) return whole
    if (name === 'table') {
      const labelKey = `exchange.table.${String(value)}`
      return isMessageKey(labelKey) ? texts[labelKey] : String(value)
    }
    return String(value)
  })
}
