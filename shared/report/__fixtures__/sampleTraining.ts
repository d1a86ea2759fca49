import type { TrainingSnapshot } from '../trainingSnapshot'
import { at, fixtureRows, T0 } from './fixtureRows'
import { sampleCapture } from './sampleCapture'

export { makeLargeSnapshot } from './makeLargeSnapshot'

/** The text of the sample's script-like note, which must print literally. */
export const HTML_NOTE = 'Peserta menempelkan kartu bertuliskan <script>alert(1)</script> & <b>tebal</b> sebagai lelucon.'

/**
 * A realistic, fully captured 3-day public training modelled on the seeds (volunteer management
 * for civil-society organisations, Yogyakarta, 6–8 August 2019): TOR, team, 15 participants,
 * 18 sessions, brainstorm cards with clusters and votes, a role play with observations and
 * debrief, group outputs, attendance, evaluations, follow-up plans and photos. It holds curly
 * quotes, accents, an emoji, HTML-like text, and one deleted row per table that must never print.
 */
export function sampleTraining(): TrainingSnapshot {
  const r = fixtureRows('tr-yk-2019')
  const training = r.training({
    title: 'Mobilisasi Sumber Daya OMS: Menggalang Kemandirian dan Memperluas Gerakan',
    kind: 'public',
    organizer: 'Yayasan Penguatan Masyarakat Sipil (YPMS)',
    timeZone: 'WIB',
    venue: 'Hotel Puri Artha, Jl. Cendrawasih No. 9',
    city: 'Yogyakarta',
    feeAmount: 3_500_000,
    quotaMin: 7,
    quotaMax: 20,
    perOrganizationMax: 2,
    registrationDue: '2019-07-30',
    paymentDue: '2019-07-30',
    background:
      'Masyarakat sipil yang kuat dapat dipastikan memiliki tingkat kerelawanan yang tinggi. Di Indonesia, hampir semua organisasi masyarakat sipil – baik organisasi karitas, layanan maupun advokasi – membutuhkan relawan.\n\n' +
      'Sayangnya, banyak organisasi yang hanya melibatkan relawan untuk kegiatan yang bersifat insidental saja. Akibatnya, relawan tidak dikelola secara profesional dan organisasi kehilangan “modal sosial” (social capital) yang sangat mahal.\n\n' +
      'Oleh karena itu relawan perlu dikelola secara profesional, dengan sistem manajemen kerelawanan yang hampir sama dengan sistem manajemen staf organisasi.',
    objectives: [
      'Peningkatan pemahaman Organisasi Masyarakat Sipil tentang peran relawan sebagai sumber daya organisasi.',
      'Peningkatan pemahaman dan keterampilan OMS dalam mengelola relawan sebagai ujung tombak kemandirian dan perluasan jaringan.',
      'Memperkuat kapasitas OMS di Indonesia dalam mengelola dan menggerakkan relawan.',
    ],
    expectedOutcomes: [
      'OMS memahami bahwa relawan adalah sumber daya dan ujung tombak kemandirian organisasi.',
      'OMS mampu mengelola relawan sebagai sumber daya organisasi.',
      'OMS mampu merancang program penggalangan sumber daya berbasis relawan.',
      'OMS mampu mengembangkan penggalangan sumber daya berbasis relawan sesuai kebutuhan organisasi.',
    ],
    method:
      'Pelatihan dilaksanakan selama 3 hari dengan model belajar orang dewasa: partisipasi dan keterlibatan peserta menjadi landasan utama. Materi disampaikan oleh trainer dan co-trainer dengan ruang tukar pengalaman, simulasi dan kerja kelompok.',
    modules: [
      { id: 'm1', title: 'Relawan Sebagai Sumber Daya Organisasi', description: 'Peran relawan dalam visi dan misi organisasi.' },
      { id: 'm2', title: 'Siklus Pengelolaan Relawan', description: 'Perencanaan, rekrutmen, seleksi, orientasi, supervisi, apresiasi.' },
      { id: 'm3', title: 'Penggalangan Dukungan Publik/Public Fundraising', description: 'Relawan sebagai penggalang dana dan kampanye.' },
      { id: 'm4', title: 'Konsep Tata Laksana Pengelolaan Relawan', description: 'SOP, deskripsi tugas dan kebijakan kerelawanan.' },
    ],
    targetParticipants: 'Dua orang dari masing-masing organisasi: pimpinan organisasi/pengambil kebijakan dan koordinator relawan.',
    conclusions:
      'Peserta memahami relawan sebagai sumber daya organisasi, bukan sekadar tenaga bantuan insidental. Rata-rata nilai post-test naik dibanding pre-test, dan setiap lembaga pulang dengan rencana tindak lanjut.',
    recommendations:
      'YPMS perlu mendampingi lembaga peserta selama tiga bulan untuk menyusun SOP relawan; pelatihan lanjutan tentang penggalangan dana daring dianjurkan.',
    evaluationQuestions: [
      { id: 'q1', label: 'Materi mudah dipahami' },
      { id: 'q2', label: 'Fasilitator menguasai materi' },
      { id: 'q3', label: 'Metode membuat peserta aktif' },
      { id: 'q4', label: 'Tempat dan konsumsi' },
    ],
  })
  const rini = r.member({
    name: 'Dra. Rini Handayani, M.Si.',
    role: 'trainer',
    organization: 'YPMS',
    bio: 'Pelatih manajemen relawan sejak 2005; mendampingi lebih dari 60 OMS di Jawa dan Bali.',
  })
  const cahyo = r.member({
    name: 'Cahyono Agus Rifa’i',
    role: 'co-trainer',
    organization: 'YPMS',
    bio: 'Fasilitator lapang, berpengalaman mengorganisir pekerja rumahan di Jawa Timur.',
  })
  const hamid = r.member({
    name: 'Hamid Abidin',
    role: 'resource-person',
    organization: 'Perhimpunan Filantropi Nusantara',
    bio: 'Peneliti filantropi dan penggalangan dukungan publik.',
  })
  const ayu = r.member({ name: 'Ayu Wédari', role: 'documenter', organization: 'YPMS', bio: 'Notulis dan dokumentasi.' })
  const gone = { deletedAt: T0 + 1000 }
  const people: [string, 'female' | 'male', string, string, string][] = [
    ['Siti Nurjanah', 'female', 'Yayasan Sayap Ibu', 'Koordinator Relawan', 'DI Yogyakarta'],
    ['Bambang Sutrisno', 'male', 'Yayasan Sayap Ibu', 'Direktur', 'DI Yogyakarta'],
    ['Maria Goretti “Etty” Wulandari', 'female', 'PKBI Jawa Tengah', 'Manajer Program', 'Jawa Tengah'],
    ['I Made Suardana', 'male', 'Yayasan Bali Peduli', 'Ketua', 'Bali'],
    ['Ni Luh Putu Sékarini', 'female', 'Yayasan Bali Peduli', 'Koordinator Relawan', 'Bali'],
    ['Fransiskus Xaverius Lótu', 'male', 'Perkumpulan Lingkar Flores', 'Direktur', 'Nusa Tenggara Timur'],
    ['Nur’aini Hasibuan', 'female', 'Rumah Zakat Medan', 'Koordinator Relawan', 'Sumatera Utara'],
    ['Ahmad Fauzi', 'male', 'Rumah Zakat Medan', 'Kepala Cabang', 'Sumatera Utara'],
    ['Dewi Kartika Sari', 'female', 'LBH APIK Makassar', 'Koordinator Relawan', 'Sulawesi Selatan'],
    ['Yohana Rambu Ana', 'female', 'Perkumpulan Lingkar Flores', 'Staf Program', 'Nusa Tenggara Timur'],
    ['Rudi Hartono', 'male', 'Komunitas Peduli Sungai Code', 'Ketua', 'DI Yogyakarta'],
    ['Wahyu Setyaningsih', 'female', 'Komunitas Peduli Sungai Code', 'Sekretaris', 'DI Yogyakarta'],
    ['Andi Baso Mappaseng', 'male', 'LBH APIK Makassar', 'Staf Advokasi', 'Sulawesi Selatan'],
    ['Theresia Élise Manurung', 'female', 'PKBI Jawa Tengah', 'Koordinator Relawan', 'Jawa Tengah'],
  ]
  const participants = [
    ...people.map(([name, gender, organization, position, region]) =>
      r.participant({ name, gender, organization, position, region, email: `${name.split(' ')[0]?.toLowerCase()}@contoh.or.id` }),
    ),
    r.participant({
      name: 'Karen O’Brien',
      gender: 'female',
      organization: 'Volunteer Service Overseas',
      position: 'Pengamat',
      region: 'Jakarta',
      observer: true,
    }),
    r.participant({ name: 'Peserta Terhapus Zzz', gender: 'male', organization: 'Lembaga Terhapus', ...gone }),
  ]
  const p = (name: string): string => participants.find((x) => x.name.startsWith(name))?.id ?? ''
  const absent = new Set([`${p('I Made')}:2`, `${p('Ahmad')}:3`, `${p('Rudi')}:3`])
  const attendance = participants.flatMap((x) => [1, 2, 3].map((day) => r.attendance(x.id, day, !absent.has(`${x.id}:${day}`))))
  const s = (
    day: number,
    title: string,
    method: Parameters<typeof r.session>[0]['method'],
    durationMin: number,
    more: Parameters<typeof r.session>[0] = {},
  ) => r.session({ day, title, method, durationMin, facilitatorIds: [rini.id], ...more })
  const sessions = [
    s(1, 'Pembukaan dan perkenalan', 'opening', 30, {
      actualStart: at(1, '09:05'),
      actualEnd: at(1, '09:40'),
      processNotes: 'Sambutan ketua YPMS; peserta memperkenalkan diri dengan “peta asal” di lantai.',
      facilitatorIds: [rini.id, cahyo.id],
    }),
    s(1, 'Kontrak belajar dan harapan peserta', 'learning-contract', 30, {
      actualStart: at(1, '09:40'),
      actualEnd: at(1, '10:10'),
      facilitatorIds: [cahyo.id],
    }),
    s(1, 'Rehat kopi', 'break', 15),
    s(1, 'Relawan sebagai sumber daya organisasi', 'brainstorm', 105, {
      moduleId: 'm1',
      actualStart: at(1, '10:25'),
      actualEnd: at(1, '12:05'),
      objectives: 'Peserta memetakan tantangan pengelolaan relawan di lembaganya.',
      materials: 'Kartu metaplan, spidol, papan tempel',
      processNotes: `Curah pendapat berjalan hidup; setiap peserta menulis 2–3 kartu. ${HTML_NOTE}`,
    }),
    s(1, 'Ishoma', 'meal', 60, { pinnedStart: '12:00' }),
    s(1, 'Siklus pengelolaan relawan', 'group-work', 90, {
      moduleId: 'm2',
      actualStart: at(1, '13:00'),
      actualEnd: at(1, '14:40'),
      facilitatorIds: [rini.id, cahyo.id],
    }),
    s(1, 'Evaluasi harian', 'evaluation', 15, { actualStart: at(1, '16:30'), actualEnd: at(1, '16:45'), facilitatorIds: [ayu.id] }),
    s(2, 'Refleksi hari pertama', 'plenary', 30, { actualStart: at(2, '09:00'), actualEnd: at(2, '09:25'), facilitatorIds: [cahyo.id] }),
    s(2, 'Bermain peran: wawancara calon relawan', 'role-play', 120, {
      moduleId: 'm2',
      actualStart: at(2, '09:30'),
      actualEnd: at(2, '11:45'),
    }),
    s(2, 'Ishoma', 'meal', 60, { pinnedStart: '12:00' }),
    s(2, 'Penggalangan dukungan publik', 'presentation', 90, {
      moduleId: 'm3',
      facilitatorIds: [hamid.id],
      actualStart: at(2, '13:10'),
      actualEnd: at(2, '14:55'),
      processNotes: 'Narasumber memaparkan data: 55% penduduk AS terlibat kerelawanan; peserta membandingkan dengan Indonesia.',
    }),
    s(2, 'Diskusi kasus: kampanye donasi daring', 'case-discussion', 90, {
      moduleId: 'm3',
      facilitatorIds: [hamid.id, cahyo.id],
      actualStart: at(2, '15:00'),
      actualEnd: at(2, '16:30'),
    }),
    s(3, 'Konsep tata laksana pengelolaan relawan', 'presentation', 90, {
      moduleId: 'm4',
      actualStart: at(3, '09:00'),
      actualEnd: at(3, '10:30'),
    }),
    s(3, 'Berbagi pengalaman lembaga', 'sharing', 60, {
      status: 'skipped',
      processNotes: 'Dibatalkan karena diskusi SOP memakan waktu; pengalaman dibagikan saat penyusunan RTL.',
    }),
    s(3, 'Ishoma', 'meal', 60, { pinnedStart: '12:00' }),
    s(3, 'Penyusunan rencana tindak lanjut', 'action-planning', 120, {
      facilitatorIds: [rini.id, cahyo.id],
      actualStart: at(3, '13:00'),
      actualEnd: at(3, '15:10'),
    }),
    s(3, 'Post-test dan evaluasi akhir', 'evaluation', 30, {
      facilitatorIds: [ayu.id],
      actualStart: at(3, '15:15'),
      actualEnd: at(3, '15:45'),
    }),
    s(3, 'Penutupan', 'closing', 30, { actualStart: at(3, '15:45'), actualEnd: at(3, '16:10') }),
    s(3, 'Sesi Terhapus Zzz', 'other', 30, gone),
  ]
  const capture = sampleCapture(r, sessions, participants)
  return {
    training,
    teamMembers: [rini, cahyo, hamid, ayu, r.member({ name: 'Anggota Tim Terhapus Zzz', ...gone })],
    participants,
    attendance,
    sessions,
    ...capture,
    photoFiles: r.photoFiles(),
  }
}

/** A snapshot of the given training and nothing else recorded: no team, participants, sessions or captures. */
export function trainingOnly(training: TrainingSnapshot['training']): TrainingSnapshot {
  return {
    training,
    teamMembers: [],
    participants: [],
    attendance: [],
    sessions: [],
    rounds: [],
    clusters: [],
    ideas: [],
    rolePlays: [],
    observations: [],
    groups: [],
    actionPlans: [],
    evaluations: [],
    photos: [],
  }
}
