import type { DeepStrings } from '../deepStrings'

const en = {
  title: 'Team',
  intro: 'Trainers, co-trainers, resource persons, documenters and organisers. The report prints their short bios.',
  empty: 'No one in the team yet. Add the trainers first: the agenda can then name who facilitates each session.',
  add: 'Add team member',
  edit: 'Edit team member',
  name: 'Name',
  role: 'Role',
  roles: {
    trainer: 'Trainer',
    'co-trainer': 'Co-trainer',
    'resource-person': 'Resource person',
    documenter: 'Documenter',
    organizer: 'Organiser',
  },
  organization: 'Organisation',
  bio: 'Short bio',
  bioHint: 'Two or three sentences for the report.',
  contact: 'Contact (phone or email)',
  removed: '{{name}} removed from the team.',
  actions: 'Actions for {{name}}',
  errors: {
    nameRequired: 'Enter a name.',
    tooLong: 'Too long (at most {{max}} characters).',
  },
} as const

/** UI strings of the team, in English and Bahasa Indonesia. */
export const teamText: { en: typeof en; id: DeepStrings<typeof en> } = {
  en,
  id: {
    title: 'Tim',
    intro: 'Pelatih, co-pelatih, narasumber, dokumentator, dan panitia. Laporan memuat biodata singkat mereka.',
    empty: 'Belum ada anggota tim. Tambahkan pelatih lebih dulu: agenda lalu dapat menyebut siapa yang memfasilitasi tiap sesi.',
    add: 'Tambah anggota tim',
    edit: 'Ubah anggota tim',
    name: 'Nama',
    role: 'Peran',
    roles: {
      trainer: 'Pelatih',
      'co-trainer': 'Co-trainer',
      'resource-person': 'Narasumber',
      documenter: 'Notulis/dokumentasi',
      organizer: 'Panitia',
    },
    organization: 'Lembaga',
    bio: 'Biodata singkat',
    bioHint: 'Dua atau tiga kalimat untuk laporan.',
    contact: 'Kontak (telepon atau email)',
    removed: '{{name}} dihapus dari tim.',
    actions: 'Tindakan untuk {{name}}',
    errors: {
      nameRequired: 'Isi nama.',
      tooLong: 'Terlalu panjang (paling banyak {{max}} karakter).',
    },
  },
}
