/**
 * The texts of every message the participant import and the quota checks can produce, in
 * English and Bahasa Indonesia. shared/ returns only the keys and their params; the UI (or
 * shared/i18n) looks the text up. Placeholders use i18next's `{{name}}` syntax; `field` params
 * carry a participant field key (`email`), whose label is `import.field.<key>`.
 */
export const IMPORT_MESSAGES = {
  en: {
    'import.error.emptyFile': 'The file has no rows to import.',
    'import.error.unreadableFile': 'The file could not be read as a spreadsheet (.xlsx).',
    'import.error.noNameColumn': 'Choose which column holds the names before importing.',
    'import.error.notText':
      'The file is not a text list: it looks like a picture, a document or a program. Save the list as CSV or .xlsx and pick that file.',
    'import.error.oldExcel':
      'This is an older Excel file (.xls). In Excel choose Save As, then "Excel Workbook (.xlsx)" or "CSV UTF-8", and pick the saved file.',
    'import.error.badEncoding':
      'The text of the file is damaged (its UTF-16 characters cannot be read). Save the list again as "CSV UTF-8" and pick that file.',
    'import.error.badQuotes': 'Row {{rowNumber}}: a quotation mark is not closed or is misplaced.',
    'import.error.tooFewColumns': 'Row {{rowNumber}} has {{found}} columns; the header has {{expected}}.',
    'import.error.tooManyColumns':
      'Row {{rowNumber}} has {{found}} columns; the header has {{expected}}. Is there an unquoted comma or semicolon in a field?',
    'import.error.missingName': 'Row {{rowNumber}}: the name is empty.',
    'import.error.unknownGender': 'Row {{rowNumber}}: "{{value}}" is not a gender the app knows (use L/P or male/female).',
    'import.error.invalidEmail': 'Row {{rowNumber}}: "{{value}}" is not an email address.',
    'import.error.invalidPhone': 'Row {{rowNumber}}: "{{value}}" is not a phone number.',
    'import.error.tooLong': 'Row {{rowNumber}}: the {{field}} is longer than {{max}} characters.',
    'import.error.invalidRow': 'Row {{rowNumber}}: the {{field}} could not be read.',
    'import.duplicate.existing': 'Row {{rowNumber}} ({{name}}) is already in the participant list.',
    'import.duplicate.inFile': 'Row {{rowNumber}} ({{name}}) repeats row {{otherRow}}.',
    'import.field.name': 'Name',
    'import.field.gender': 'Gender',
    'import.field.organization': 'Organisation',
    'import.field.position': 'Position',
    'import.field.region': 'Region',
    'import.field.phone': 'Phone',
    'import.field.email': 'Email',
    'import.field.notes': 'Notes',
    'import.field.observer': 'Observer',
    'import.field.ignore': 'Do not import',
    'quota.warning.overMax': '{{count}} participants registered; the quota is at most {{max}}.',
    'quota.warning.underMin': 'Only {{count}} participants registered; the training needs at least {{min}}.',
    'quota.warning.orgOverLimit': '{{organization}} sends {{count}} participants; each organisation may send {{max}}.',
    'quota.warning.possibleDuplicate': '{{count}} entries look like the same person: {{name}}.',
  },
  id: {
    'import.error.emptyFile': 'Berkas tidak berisi baris untuk diimpor.',
    'import.error.unreadableFile': 'Berkas tidak dapat dibaca sebagai lembar kerja (.xlsx).',
    'import.error.noNameColumn': 'Pilih kolom yang berisi nama sebelum mengimpor.',
    'import.error.notText':
      'Berkas ini bukan daftar berbentuk teks: isinya seperti gambar, dokumen atau program. Simpan daftar sebagai CSV atau .xlsx, lalu pilih berkas itu.',
    'import.error.oldExcel':
      'Ini berkas Excel versi lama (.xls). Di Excel pilih Simpan Sebagai, lalu "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8", dan pilih berkas yang disimpan.',
    'import.error.badEncoding':
      'Teks dalam berkas rusak (huruf UTF-16-nya tidak dapat dibaca). Simpan ulang daftar sebagai "CSV UTF-8", lalu pilih berkas itu.',
    'import.error.badQuotes': 'Baris {{rowNumber}}: ada tanda kutip yang tidak ditutup atau salah letak.',
    'import.error.tooFewColumns': 'Baris {{rowNumber}} berisi {{found}} kolom; judul kolom ada {{expected}}.',
    'import.error.tooManyColumns':
      'Baris {{rowNumber}} berisi {{found}} kolom; judul kolom ada {{expected}}. Apakah ada koma atau titik koma tanpa tanda kutip di dalam isian?',
    'import.error.missingName': 'Baris {{rowNumber}}: nama kosong.',
    'import.error.unknownGender': 'Baris {{rowNumber}}: "{{value}}" bukan jenis kelamin yang dikenal (gunakan L/P).',
    'import.error.invalidEmail': 'Baris {{rowNumber}}: "{{value}}" bukan alamat email.',
    'import.error.invalidPhone': 'Baris {{rowNumber}}: "{{value}}" bukan nomor telepon.',
    'import.error.tooLong': 'Baris {{rowNumber}}: isian {{field}} lebih dari {{max}} karakter.',
    'import.error.invalidRow': 'Baris {{rowNumber}}: isian {{field}} tidak dapat dibaca.',
    'import.duplicate.existing': 'Baris {{rowNumber}} ({{name}}) sudah ada di daftar peserta.',
    'import.duplicate.inFile': 'Baris {{rowNumber}} ({{name}}) sama dengan baris {{otherRow}}.',
    'import.field.name': 'Nama',
    'import.field.gender': 'Jenis kelamin',
    'import.field.organization': 'Lembaga',
    'import.field.position': 'Jabatan',
    'import.field.region': 'Asal daerah',
    'import.field.phone': 'No. HP',
    'import.field.email': 'Email',
    'import.field.notes': 'Catatan',
    'import.field.observer': 'Peninjau',
    'import.field.ignore': 'Tidak diimpor',
    'quota.warning.overMax': 'Sudah {{count}} peserta terdaftar; kuota paling banyak {{max}}.',
    'quota.warning.underMin': 'Baru {{count}} peserta terdaftar; pelatihan butuh paling sedikit {{min}}.',
    'quota.warning.orgOverLimit': '{{organization}} mengirim {{count}} peserta; tiap lembaga paling banyak {{max}}.',
    'quota.warning.possibleDuplicate': '{{count}} entri tampaknya orang yang sama: {{name}}.',
  },
} as const satisfies Record<'en' | 'id', Record<string, string>>

/** The key of a participant import or quota message. */
export type ImportMessageKey = keyof (typeof IMPORT_MESSAGES)['en']

/** Params of a message: filled into its `{{placeholders}}`. */
export type MessageParams = Record<string, string | number>

/**
 * Fills a message's placeholders, for tests and for places without i18next (a CSV of
 * errors). Unknown placeholders are left as they are so a missing param is visible.
 */
export function formatImportMessage(lang: 'en' | 'id', key: ImportMessageKey, params: MessageParams = {}): string {
  return IMPORT_MESSAGES[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}
