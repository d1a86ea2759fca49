/**
 * Which column of an imported participant list holds which field, guessed from the header
 * row. Indonesian attendance sheets and registration forms say "Nama", "L/P" or "Jenis
 * Kelamin", "Asal Lembaga", "Jabatan", "Kabupaten/Kota", "No. HP/WA"; English ones "Name",
 * "Gender", "Organisation"... The trainer can correct the guess before importing.
 */

/** The participant fields an import can fill, in the order the mapping screen lists them. */
export const PARTICIPANT_FIELDS = ['name', 'gender', 'organization', 'position', 'region', 'phone', 'email', 'notes', 'observer'] as const

/** A participant field an import can fill. */
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number]

/** For each field, the index of the column that holds it; fields without a column are absent. */
export type ColumnMapping = Partial<Record<ParticipantField, number>>

/**
 * Header words per field, most specific field first: "Jabatan di Lembaga" is a position,
 * "Nama Lembaga" an organisation, "Asal Lembaga" an organisation but "Asal" alone a region,
 * "Alamat Email" an email. Each entry is a sequence of words that must appear together.
 */
const HEADER_WORDS: readonly (readonly [ParticipantField, readonly string[]])[] = [
  ['email', ['email', 'e mail', 'surel', 'surat elektronik']],
  [
    'phone',
    [
      'hp',
      'handphone',
      'telepon',
      'telpon',
      'telp',
      'tlp',
      'telephone',
      'phone',
      'mobile',
      'wa',
      'whatsapp',
      'ponsel',
      'kontak',
      'contact',
    ],
  ],
  ['gender', ['jenis kelamin', 'kelamin', 'jk', 'gender', 'sex', 'l p', 'p l', 'lp']],
  ['observer', ['observer', 'peninjau', 'pengamat']],
  ['position', ['jabatan', 'posisi', 'position', 'role', 'peran', 'job', 'title', 'pekerjaan', 'occupation', 'designation']],
  [
    'organization',
    [
      'lembaga',
      'organisasi',
      'organization',
      'organisation',
      'instansi',
      'institusi',
      'institution',
      'ngo',
      'oms',
      'lsm',
      'ornop',
      'afiliasi',
      'affiliation',
      'komunitas',
      'community',
      'perusahaan',
      'company',
      'unit kerja',
      'org',
    ],
  ],
  [
    'region',
    [
      'asal',
      'daerah',
      'kabupaten',
      'kab',
      'kota',
      'wilayah',
      'provinsi',
      'kecamatan',
      'desa',
      'domisili',
      'region',
      'regency',
      'district',
      'city',
      'province',
      'lokasi',
      'location',
      'area',
    ],
  ],
  ['notes', ['catatan', 'keterangan', 'ket', 'notes', 'note', 'remarks', 'remark', 'comments', 'comment', 'komentar']],
  ['name', ['nama', 'name', 'peserta', 'participant', 'participants']],
]

/** The words of a header: accents, case and punctuation dropped ("No. HP/WA" -> no hp wa). */
function headerWords(header: string): string[] {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => words[i + j] === p)) return true
  }
  return false
}

/** The fields a header could mean, most likely first; empty when it means none ("No", "TTD"). */
export function fieldsOfHeader(header: string): ParticipantField[] {
  const words = headerWords(header)
  return HEADER_WORDS.filter(([, phrases]) => phrases.some((p) => containsPhrase(words, p.split(' ')))).map(([field]) => field)
}

/**
 * Guesses the column of each field from the headers. Columns are taken left to right; a
 * column gets the most likely field it can mean that no column to its left has taken, so a
 * second "No. WA" column after "No. HP" is left out rather than overwriting it.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  headers.forEach((header, index) => {
    const field = fieldsOfHeader(header).find((f) => mapping[f] === undefined)
    if (field !== undefined) mapping[field] = index
  })
  return mapping
}

/** How many fields a mapping fills: the import screen's "7 of 9 columns recognised". */
export function mappedFieldCount(mapping: ColumnMapping): number {
  return PARTICIPANT_FIELDS.filter((f) => mapping[f] !== undefined).length
}
