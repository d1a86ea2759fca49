import type { DeepStrings } from '../deepStrings'

const en = {
  open: 'Organisation profiles (letterhead)',
  title: 'Organisation profiles',
  intro:
    'The letterhead (kop surat) of the organisations you train for: logo, name, address and contacts. A training whose organiser has the same name as a profile prints its letterhead on the report cover, on every printable sheet and on the certificates. Changes are saved as you type.',
  empty: 'No profile yet. Add the organisation that runs your trainings: its letterhead then heads every report.',
  add: 'Add organisation',
  remove: 'Remove profile',
  removed: 'Profile “{{name}}” removed.',
  unnamed: 'Organisation without a name',
  name: 'Name',
  nameHint: 'As typed in the training’s “Organiser” field.',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  logo: 'Logo',
  logoHint: 'PNG or JPEG, at most {{maxKb}} KB and {{maxSide}} pixels wide or tall.',
  chooseLogo: 'Choose logo…',
  replaceLogo: 'Replace logo…',
  removeLogo: 'Remove logo',
  noLogo: 'No logo: the letterhead prints the name only.',
  logoAlt: 'Logo of {{name}}',
  usedBy_one: 'Letterhead of {{count}} training',
  usedBy_other: 'Letterhead of {{count}} trainings',
  notUsed: 'No training has this organiser yet.',
  errors: {
    invalidEmail: 'Enter an email address like nama@lembaga.or.id. The last address saved is kept.',
    notPngOrJpeg: 'This file is not a PNG or JPEG picture, whatever its name says. The logo was not changed.',
    tooLarge: 'This picture is {{kb}} KB; a logo may be at most {{maxKb}} KB. Save it smaller and try again. The logo was not changed.',
    tooManyPixels:
      'This picture is {{width}} × {{height}} pixels; a logo may be at most {{maxSide}} pixels wide or tall. Save it smaller and try again. The logo was not changed.',
    unreadable: 'The file could not be read. The logo was not changed.',
  },
}

const id: DeepStrings<typeof en> = {
  open: 'Profil lembaga (kop surat)',
  title: 'Profil lembaga',
  intro:
    'Kop surat lembaga yang Anda latih: logo, nama, alamat, dan kontak. Pelatihan yang penyelenggaranya bernama sama dengan sebuah profil mencetak kop suratnya di sampul laporan, di setiap lembar cetak, dan di sertifikat. Perubahan tersimpan saat Anda mengetik.',
  empty: 'Belum ada profil. Tambahkan lembaga penyelenggara pelatihan Anda: kop suratnya lalu tercetak di setiap laporan.',
  add: 'Tambah lembaga',
  remove: 'Hapus profil',
  removed: 'Profil “{{name}}” dihapus.',
  unnamed: 'Lembaga tanpa nama',
  name: 'Nama',
  nameHint: 'Sama seperti yang diketik di kolom “Penyelenggara” pelatihan.',
  address: 'Alamat',
  phone: 'Telepon',
  email: 'Surel',
  website: 'Situs web',
  logo: 'Logo',
  logoHint: 'PNG atau JPEG, paling besar {{maxKb}} KB dan lebar atau tinggi {{maxSide}} piksel.',
  chooseLogo: 'Pilih logo…',
  replaceLogo: 'Ganti logo…',
  removeLogo: 'Hapus logo',
  noLogo: 'Tanpa logo: kop surat hanya mencetak nama.',
  logoAlt: 'Logo {{name}}',
  usedBy_one: 'Kop surat untuk {{count}} pelatihan',
  usedBy_other: 'Kop surat untuk {{count}} pelatihan',
  notUsed: 'Belum ada pelatihan dengan penyelenggara ini.',
  errors: {
    invalidEmail: 'Masukkan alamat surel seperti nama@lembaga.or.id. Alamat terakhir yang tersimpan tetap dipakai.',
    notPngOrJpeg: 'Berkas ini bukan gambar PNG atau JPEG, apa pun namanya. Logo tidak diubah.',
    tooLarge: 'Gambar ini {{kb}} KB; logo paling besar {{maxKb}} KB. Simpan dalam ukuran lebih kecil lalu coba lagi. Logo tidak diubah.',
    tooManyPixels:
      'Gambar ini {{width}} × {{height}} piksel; lebar atau tinggi logo paling besar {{maxSide}} piksel. Simpan dalam ukuran lebih kecil lalu coba lagi. Logo tidak diubah.',
    unreadable: 'Berkas tidak dapat dibaca. Logo tidak diubah.',
  },
}

/** Strings of the organisation profiles screen. */
export const organizationText: { en: typeof en; id: DeepStrings<typeof en> } = { en, id }
