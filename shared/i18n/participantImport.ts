import type { DeepStrings } from './deepStrings'
import type { Language } from './languages'

const importEn = {
  error: {
    emptyFile: 'The file has no rows to import.',
    unreadableFile: 'The file could not be read as a spreadsheet (.xlsx).',
    noNameColumn: 'Choose which column holds the names before importing.',
    notText:
      'The file is not a text list: it looks like a picture, a document or a program. Save the list as CSV or .xlsx and pick that file.',
    oldExcel:
      'This is an older Excel file (.xls). In Excel choose Save As, then "Excel Workbook (.xlsx)" or "CSV UTF-8", and pick the saved file.',
    badEncoding:
      'The text of the file is damaged (its UTF-16 characters cannot be read). Save the list again as "CSV UTF-8" and pick that file.',
    badQuotes: 'Row {{rowNumber}}: a quotation mark is not closed or is misplaced.',
    tooFewColumns: 'Row {{rowNumber}} has {{found}} columns; the header has {{expected}}.',
    tooManyColumns:
      'Row {{rowNumber}} has {{found}} columns; the header has {{expected}}. Is there an unquoted comma or semicolon in a field?',
    missingName: 'Row {{rowNumber}}: the name is empty.',
    unknownGender: 'Row {{rowNumber}}: "{{value}}" is not a gender the app knows (use L/P or male/female).',
    invalidEmail: 'Row {{rowNumber}}: "{{value}}" is not an email address.',
    invalidPhone: 'Row {{rowNumber}}: "{{value}}" is not a phone number.',
    tooLong: 'Row {{rowNumber}}: the {{field}} is longer than {{max}} characters.',
    invalidRow: 'Row {{rowNumber}}: the {{field}} could not be read.',
  },
  duplicate: {
    existing: 'Row {{rowNumber}} ({{name}}) is already in the participant list.',
    inFile: 'Row {{rowNumber}} ({{name}}) repeats row {{otherRow}}.',
  },
  field: {
    name: 'Name',
    gender: 'Gender',
    organization: 'Organisation',
    position: 'Position',
    region: 'Region',
    phone: 'Phone',
    email: 'Email',
    notes: 'Notes',
    observer: 'Observer',
    ignore: 'Do not import',
  },
}

const quotaEn = {
  warning: {
    overMax: '{{count}} participants registered; the quota is at most {{max}}.',
    underMin: 'Only {{count}} participants registered; the training needs at least {{min}}.',
    orgOverLimit: '{{organization}} sends {{count}} participants; each organisation may send {{max}}.',
    possibleDuplicate: '{{count}} entries look like the same person: {{name}}.',
  },
}

/**
 * The messages of the participant import, in English and Bahasa Indonesia: the namespace
 * `import`. A message code `import.error.emptyFile` is the key `error.emptyFile` there; `field`
 * params carry a participant field key (`email`), whose label is `field.email`.
 */
export const importText: Readonly<Record<Language, DeepStrings<typeof importEn>>> = {
  en: importEn,
  id: {
    error: {
      emptyFile: 'Berkas tidak berisi baris untuk diimpor.',
      unreadableFile: 'Berkas tidak dapat dibaca sebagai lembar kerja (.xlsx).',
      noNameColumn: 'Pilih kolom yang berisi nama sebelum mengimpor.',
      notText:
        'Berkas ini bukan daftar berbentuk teks: isinya seperti gambar, dokumen atau program. Simpan daftar sebagai CSV atau .xlsx, lalu pilih berkas itu.',
      oldExcel:
        'Ini berkas Excel versi lama (.xls). Di Excel pilih Simpan Sebagai, lalu "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8", dan pilih berkas yang disimpan.',
      badEncoding:
        'Teks dalam berkas rusak (huruf UTF-16-nya tidak dapat dibaca). Simpan ulang daftar sebagai "CSV UTF-8", lalu pilih berkas itu.',
      badQuotes: 'Baris {{rowNumber}}: ada tanda kutip yang tidak ditutup atau salah letak.',
      tooFewColumns: 'Baris {{rowNumber}} berisi {{found}} kolom; judul kolom ada {{expected}}.',
      tooManyColumns:
        'Baris {{rowNumber}} berisi {{found}} kolom; judul kolom ada {{expected}}. Apakah ada koma atau titik koma tanpa tanda kutip di dalam isian?',
      missingName: 'Baris {{rowNumber}}: nama kosong.',
      unknownGender: 'Baris {{rowNumber}}: "{{value}}" bukan jenis kelamin yang dikenal (gunakan L/P).',
      invalidEmail: 'Baris {{rowNumber}}: "{{value}}" bukan alamat email.',
      invalidPhone: 'Baris {{rowNumber}}: "{{value}}" bukan nomor telepon.',
      tooLong: 'Baris {{rowNumber}}: isian {{field}} lebih dari {{max}} karakter.',
      invalidRow: 'Baris {{rowNumber}}: isian {{field}} tidak dapat dibaca.',
    },
    duplicate: {
      existing: 'Baris {{rowNumber}} ({{name}}) sudah ada di daftar peserta.',
      inFile: 'Baris {{rowNumber}} ({{name}}) sama dengan baris {{otherRow}}.',
    },
    field: {
      name: 'Nama',
      gender: 'Jenis kelamin',
      organization: 'Lembaga',
      position: 'Jabatan',
      region: 'Asal daerah',
      phone: 'No. HP',
      email: 'Email',
      notes: 'Catatan',
      observer: 'Peninjau',
      ignore: 'Tidak diimpor',
    },
  },
}

/** The warnings of the quota checks: the namespace `quota` (code `quota.warning.overMax`). */
export const quotaText: Readonly<Record<Language, DeepStrings<typeof quotaEn>>> = {
  en: quotaEn,
  id: {
    warning: {
      overMax: 'Sudah {{count}} peserta terdaftar; kuota paling banyak {{max}}.',
      underMin: 'Baru {{count}} peserta terdaftar; pelatihan butuh paling sedikit {{min}}.',
      orgOverLimit: '{{organization}} mengirim {{count}} peserta; tiap lembaga paling banyak {{max}}.',
      possibleDuplicate: '{{count}} entri tampaknya orang yang sama: {{name}}.',
    },
  },
}
