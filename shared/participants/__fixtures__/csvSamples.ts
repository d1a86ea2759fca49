/**
 * Participant lists as trainers receive them, written out as CSV text (tests cannot read
 * files in shared/). Names use the spellings the import must keep exactly.
 */

/** A clean comma-separated list with English headers. */
export const ENGLISH_CSV = [
  'Name,Gender,Organisation,Position,Region,Phone,Email',
  "Siti Nur'aini,F,Yayasan Relawan Jogja,Volunteer coordinator,Kota Yogyakarta,0812-1111-2222,siti@example.org",
  'Ni Luh Putu Ayu,female,Bali Sehat,Director,Kab. Gianyar,+62 813 3333 4444,ayu@example.org',
  'Wa Ode Sitti Hasnah,P,Perempuan Buton,Chair,Kab. Buton,,wa.ode@example.org',
  'Bambang Setiawan,M,Yayasan Relawan Jogja,Director,Kab. Sleman,0856 7777 8888,',
].join('\n')

/**
 * What Excel with Indonesian regional settings saves as "CSV UTF-8": a byte-order mark,
 * semicolons, Windows line ends, Indonesian headers, a title row above the header, a quoted
 * organisation containing a semicolon, and a quoted note spanning two lines.
 */
export const EXCEL_ID_CSV =
  '\uFEFF' +
  [
    'DAFTAR PESERTA PELATIHAN MOBILISASI SUMBER DAYA OMS;;;;;;;',
    'No;Nama Lengkap;L/P;Asal Lembaga;Jabatan;Kabupaten/Kota;No. HP/WA;Keterangan',
    '1;Siti Nur\'aini;P;"Yayasan Kita; Yogyakarta";Koordinator Relawan;Kota Yogyakarta;081211112222;',
    '2;Ni Luh Putu Ayu;Perempuan;Bali Sehat;Direktur;Kab. Gianyar;081333334444;"vegetarian,\ndatang hari kedua"',
    '3;Wa Ode Sitti Hasnah;perempuan;Perempuan Buton;Ketua;Kab. Buton;;',
    '4;Muhammad Ikhsan;Laki-laki;LBH Makassar;Staf Advokasi;Kota Makassar;085244445555;',
    ';;;;;;;',
  ].join('\r\n') +
  '\r\n'

/**
 * A list with one problem per row: row 3 lost its columns to a line break, row 4 has no
 * name, row 5 a malformed email, row 6 an unknown gender, row 7 an unquoted comma; rows 2
 * and 8 are fine.
 */
export const MALFORMED_CSV = [
  'Nama,Jenis Kelamin,Lembaga,Email',
  'Dewi Lestari,P,Yayasan A,dewi@example.org',
  'Sri Rahayu,P',
  '  ,L,Yayasan B,kosong@example.org',
  'Tri Wahyuni,P,Yayasan C,tri@example',
  'Eko Prasetyo,L/P,Yayasan D,eko@example.org',
  'Ahmad Fauzi,L,Yayasan E, Surabaya,ahmad@example.org',
  'Hadi Susanto,L,Yayasan F,hadi@example.org',
].join('\n')
