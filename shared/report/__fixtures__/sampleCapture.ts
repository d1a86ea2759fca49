import type { Participant } from '../../model/participant'
import type { Session } from '../../model/session'
import type { TrainingSnapshot } from '../trainingSnapshot'
import { at, T0 } from './fixtureRows'
import type { fixtureRows } from './fixtureRows'
import { FLIPCHART_PNG, GROUP_JPEG } from './samplePhotos'

type Rows = ReturnType<typeof fixtureRows>
type Capture = Omit<TrainingSnapshot, 'training' | 'teamMembers' | 'participants' | 'attendance' | 'sessions'>

/** What the sample training captured: cards, role play, groups, plans, evaluations, photos. */
export function sampleCapture(r: Rows, sessions: Session[], participants: Participant[]): Capture {
  const session = (title: string): Session => sessions.find((x) => x.title.startsWith(title)) as Session
  const p = (name: string): string => participants.find((x) => x.name.startsWith(name))?.id ?? ''
  const gone = { deletedAt: T0 + 2000 }

  const brainstorm = session('Relawan sebagai')
  const round = r.round({ sessionId: brainstorm.id, question: 'Apa saja tantangan mengelola relawan di organisasi Anda?' })
  const [rekrut, retensi, manajemen, dana] = ['Rekrutmen', 'Retensi dan motivasi', 'Manajemen', 'Pendanaan'].map((name) =>
    r.cluster({ roundId: round.id, name }),
  ) as [ReturnType<Rows['cluster']>, ReturnType<Rows['cluster']>, ReturnType<Rows['cluster']>, ReturnType<Rows['cluster']>]
  const card = (text: string, votes: number, clusterId: string | null, more = {}) =>
    r.idea({ sessionId: brainstorm.id, roundId: round.id, text, votes, clusterId, ...more })
  const ideas = [
    card('Sulit mencari relawan yang berkomitmen jangka panjang', 7, rekrut.id),
    card('Calon relawan tidak tahu ‘apa yang harus dikerjakan’', 3, rekrut.id),
    card('Relawan berhenti setelah 2–3 bulan', 9, retensi.id),
    card('Tidak ada sistem penghargaan untuk relawan', 5, retensi.id),
    card('Relawan butuh apresiasi 🙏', 4, retensi.id),
    card('Belum ada SOP dan deskripsi tugas relawan', 8, manajemen.id),
    card('Koordinator relawan merangkap banyak tugas', 2, manajemen.id),
    card('Biaya transport & konsumsi relawan tidak dianggarkan', 6, dana.id),
    card('Donor jarang mendanai pengelolaan relawan', 1, dana.id),
    card('Relawan mahasiswa sibuk saat ujian', 0, null),
    card('<b>Penting</b>: relawan = staf?', 2, null),
    card('Kartu Terhapus Zzz', 50, rekrut.id, gone),
  ]
  const hopesSession = session('Kontrak belajar')
  const hopes = r.round({ sessionId: hopesSession.id, question: 'Apa harapan Anda dari pelatihan ini?' })
  ideas.push(
    ...[
      ['Punya contoh SOP relawan yang bisa langsung dipakai', 'Siti Nurjanah'],
      ['Belajar cara menggalang dana lewat relawan', 'Ahmad Fauzi'],
      ['Jejaring dengan lembaga lain di luar Jawa', 'Yohana Rambu Ana'],
    ].map(([text, author]) => r.idea({ sessionId: hopesSession.id, roundId: hopes.id, text, author, votes: 0 })),
  )

  const rpSession = session('Bermain peran')
  const rolePlay = r.rolePlay({
    sessionId: rpSession.id,
    title: 'Wawancara calon relawan',
    scenario:
      'Seorang koordinator relawan mewawancarai mahasiswa yang ingin menjadi relawan pendamping anak, tetapi hanya punya waktu di akhir pekan.',
    roles: [
      {
        id: 'role-k',
        name: 'Koordinator relawan',
        participantId: p('Siti'),
        playerName: '',
        brief: 'Gali motivasi dan ketersediaan waktu; jelaskan deskripsi tugas.',
      },
      {
        id: 'role-c',
        name: 'Calon relawan',
        participantId: p('Bambang'),
        playerName: '',
        brief: 'Antusias, tetapi ragu soal komitmen jangka panjang.',
      },
      {
        id: 'role-o',
        name: 'Orang tua calon relawan',
        participantId: null,
        playerName: 'Ibu Sumarni (panitia)',
        brief: 'Khawatir anaknya terlalu sibuk.',
      },
    ],
    observers: ['Dewi Kartika Sari', 'Rudi Hartono'],
    debrief: {
      happened: ['Koordinator langsung menjelaskan tugas tanpa menanyakan motivasi.', 'Calon relawan akhirnya setuju mencoba tiga bulan.'],
      felt: ['Calon relawan merasa “diinterogasi” di awal.', 'Koordinator merasa terburu-buru.'],
      learned: ['Wawancara dimulai dengan motivasi, baru tugas.', 'Kesepakatan waktu harus tertulis.'],
      apply: ['Menyusun panduan wawancara relawan di tiap lembaga.'],
    },
  })
  const observations = [
    r.observation({
      sessionId: rpSession.id,
      rolePlayId: rolePlay.id,
      roleId: 'role-k',
      at: at(2, '09:52'),
      text: 'Koordinator membuka dengan daftar tugas selama 5 menit.',
    }),
    r.observation({
      sessionId: rpSession.id,
      rolePlayId: rolePlay.id,
      roleId: 'role-c',
      at: at(2, '09:58'),
      text: 'Calon relawan bertanya: “Apakah ada uang transport?”',
    }),
    r.observation({
      sessionId: rpSession.id,
      rolePlayId: rolePlay.id,
      roleId: null,
      at: at(2, '10:05'),
      text: 'Suasana mencair setelah orang tua ikut bicara.',
    }),
    r.observation({
      sessionId: session('Diskusi kasus').id,
      at: at(2, '15:40'),
      text: 'Kelompok Medan membagikan kampanye zakat daring yang menghimpun Rp 120 juta.',
    }),
    r.observation({ sessionId: rpSession.id, text: 'Catatan Terhapus Zzz', ...gone }),
  ]

  const gw = session('Siklus pengelolaan')
  const groups = [
    r.group({
      sessionId: gw.id,
      name: 'Kelompok 1 – Rekrutmen',
      question: 'Langkah apa saja dalam merekrut relawan?',
      memberIds: [p('Siti'), p('Ahmad'), p('Dewi')],
      reporterId: p('Dewi'),
      outputPoints: ['Analisis kebutuhan relawan', 'Deskripsi tugas tertulis', 'Publikasi lewat kampus dan media sosial'],
      outputText: 'Rekrutmen dimulai dari kebutuhan program, bukan dari jumlah pendaftar.',
    }),
    r.group({
      sessionId: gw.id,
      name: 'Kelompok 2 – Orientasi & supervisi',
      question: 'Bagaimana menyiapkan relawan baru?',
      memberIds: [p('Maria'), p('I Made'), p('Rudi')],
      reporterId: p('Rudi'),
      outputPoints: ['Orientasi satu hari', 'Pendamping (buddy) untuk relawan baru', 'Supervisi bulanan'],
    }),
    r.group({
      sessionId: gw.id,
      name: 'Kelompok 3 – Apresiasi',
      question: 'Bentuk apresiasi apa yang terjangkau?',
      memberIds: [p('Nur'), p('Fransiskus'), p('Theresia')],
      reporterId: p('Theresia'),
      outputPoints: ['Sertifikat dan surat rekomendasi', 'Malam apresiasi tahunan'],
    }),
  ]

  const plan = (organization: string, activity: string, responsible: string, more = {}) =>
    r.plan({
      organization,
      activity,
      responsible,
      objective: 'Pengelolaan relawan lebih tertata',
      resources: 'Dana internal',
      indicator: 'Dokumen disahkan pengurus',
      timeline: 'Sep–Des 2019',
      ...more,
    })
  const actionPlans = [
    plan('Yayasan Sayap Ibu', 'Menyusun SOP rekrutmen relawan', 'Siti Nurjanah', {
      startDate: '2019-09-01',
      dueDate: '2019-10-31',
      status: 'in-progress',
    }),
    plan('Yayasan Sayap Ibu', 'Malam apresiasi relawan', 'Bambang Sutrisno', { indicator: '80 relawan hadir', status: 'planned' }),
    plan('PKBI Jawa Tengah', 'Pelatihan orientasi relawan baru', 'Theresia Élise Manurung', {
      resources: 'Hibah donor & iuran',
      status: 'done',
      notes: 'Sudah dilaksanakan 14 September',
    }),
    plan('Yayasan Bali Peduli', 'Basis data relawan sederhana', 'Ni Luh Putu Sékarini'),
    plan('Perkumpulan Lingkar Flores', 'Kampanye donasi lewat relawan kampus', 'Yohana Rambu Ana', {
      objective: 'Menghimpun Rp 25.000.000 untuk program anak',
    }),
    plan('Rumah Zakat Medan', 'Program relawan akhir pekan', 'Nur’aini Hasibuan'),
    plan('LBH APIK Makassar', 'Deskripsi tugas paralegal relawan', 'Dewi Kartika Sari', {
      status: 'dropped',
      notes: 'Digabung dengan SOP lembaga',
    }),
    plan('Komunitas Peduli Sungai Code', 'Jadwal piket relawan bersih sungai', 'Rudi Hartono'),
    plan('Lembaga Terhapus', 'RTL Terhapus Zzz', 'Nobody', gone),
  ]

  const counted = participants.filter((x) => !x.observer && x.deletedAt === null)
  const rating = (i: number, day: number, q: number): number => Math.min(5, 3 + ((i + day + q) % 3))
  const evaluations = [
    ...counted.flatMap((x, i) =>
      [1, 2, 3].map((day) =>
        r.evaluation({
          kind: 'daily',
          day,
          participantId: x.id,
          ratings: { q1: rating(i, day, 1), q2: rating(i, day, 2), q3: rating(i, day, 3) },
          wentWell: i === 0 && day === 1 ? 'Suasana akrab, banyak praktik' : '',
          toImprove: i === 1 && day === 2 ? 'Waktu istirahat siang terlalu singkat' : '',
        }),
      ),
    ),
    r.evaluation({ kind: 'daily', day: 3, tallies: { q4: [0, 1, 3, 6, 4] } }),
    ...counted.map((x, i) => r.evaluation({ kind: 'pre', participantId: x.id, score: 40 + ((i * 7) % 35) })),
    ...counted.slice(0, -1).map((x, i) => r.evaluation({ kind: 'post', participantId: x.id, score: Math.min(100, 55 + ((i * 11) % 45)) })),
  ]

  const photos = [
    r.photo({ sessionId: brainstorm.id, caption: 'Hasil curah pendapat di papan metaplan', original: FLIPCHART_PNG }),
    r.photo({ sessionId: gw.id, caption: 'Kerja kelompok “Siklus pengelolaan relawan”', mime: 'image/jpeg', original: GROUP_JPEG }),
    r.photo({ caption: 'Foto Terhapus Zzz', original: FLIPCHART_PNG, ...gone }),
  ]
  return {
    rounds: [round, hopes],
    clusters: [rekrut, retensi, manajemen, dana],
    ideas,
    rolePlays: [rolePlay],
    observations,
    groups,
    actionPlans,
    evaluations,
    photos,
  }
}
