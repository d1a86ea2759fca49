import type { SessionMethod } from '../../model/session'
import type { TrainingSnapshot } from '../trainingSnapshot'
import { fixtureRows } from './fixtureRows'
import { FLIPCHART_PNG, GROUP_JPEG } from './samplePhotos'

const FIRST = [
  'Siti',
  'Budi',
  'Dewi',
  'Agus',
  'Rina',
  'Made',
  'Yohana',
  'Ahmad',
  'Nur’aini',
  'Fransiskus',
  'Wahyu',
  'Théresia',
  'Andi',
  'Putu',
  'Lestari',
]
const LAST = ['Rahayu', 'Santoso', 'Hasibuan', 'Suardana', 'Wulandari', 'Mappaseng', 'Manurung', 'Setiawan', 'Lótu', 'Siregar', 'Pratiwi']
const REGIONS = ['DI Yogyakarta', 'Jawa Tengah', 'Jawa Timur', 'Bali', 'Nusa Tenggara Timur', 'Sumatera Utara', 'Sulawesi Selatan', 'Papua']
const WORDS =
  'relawan organisasi masyarakat sipil pengelolaan rekrutmen apresiasi “komitmen” jaringan kampanye donasi pendampingan supervisi orientasi kebijakan lembaga program anak perempuan desa'.split(
    ' ',
  )
const METHODS: SessionMethod[] = [
  'brainstorm',
  'presentation',
  'role-play',
  'group-work',
  'case-discussion',
  'brainstorm',
  'plenary',
  'sharing',
  'brainstorm',
  'group-work',
]

/** A deterministic pseudo-random generator (same numbers on every run). */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/**
 * A large, fully captured training for benchmarks and page-spanning tests. Scale 1 is the budget
 * workload of DESIGN.md: 3 days, 20 sessions, 30 participants, 400 cards, 40 observations and 30
 * action plans (plus attendance, evaluations, groups and photos); scale n has n times as much
 * (days capped at 10). Deterministic.
 */
export function makeLargeSnapshot(scale: number): TrainingSnapshot {
  const rnd = random(42 + scale)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const text = (words: number): string => Array.from({ length: words }, () => pick(WORDS)).join(' ')
  const r = fixtureRows(`tr-large-${scale}`)
  const days = Math.min(10, 3 * scale)
  const training = r.training({
    title: `Pelatihan Pengelolaan Relawan Tingkat Lanjut (skala ${scale})`,
    organizer: 'Yayasan Penguatan Masyarakat Sipil (YPMS)',
    days,
    venue: 'Wisma Kinasih',
    city: 'Bogor',
    feeAmount: 4_750_000,
    quotaMin: 20,
    quotaMax: 40 * scale,
    background: `${text(180)}.\n\n${text(160)}.`,
    objectives: [text(18), text(22), text(15)],
    expectedOutcomes: [text(16), text(20)],
    method: text(60),
    targetParticipants: text(25),
    modules: Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, title: `Modul ${i + 1}: ${text(3)}`, description: text(20) })),
    conclusions: text(120),
    recommendations: text(90),
    evaluationQuestions: ['Materi', 'Fasilitator', 'Metode', 'Tempat', 'Waktu'].map((label, i) => ({ id: `q${i}`, label })),
  })
  const team = Array.from({ length: 5 }, (_, i) =>
    r.member({
      name: `${pick(FIRST)} ${pick(LAST)}`,
      role: i === 0 ? 'trainer' : i < 3 ? 'co-trainer' : 'resource-person',
      organization: 'YPMS',
      bio: text(30),
    }),
  )
  const participants = Array.from({ length: 30 * scale }, (_, i) =>
    r.participant({
      name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`,
      gender: rnd() < 0.6 ? 'female' : 'male',
      organization: `Lembaga ${['Sayap', 'Peduli', 'Harapan', 'Lingkar', 'Cahaya', 'Mitra'][i % 6]} ${Math.floor(i / 6) + 1}`,
      position: pick(['Direktur', 'Koordinator Relawan', 'Staf Program', 'Ketua']),
      region: pick(REGIONS),
    }),
  )
  const attendance = participants.flatMap((p) => Array.from({ length: days }, (_, d) => r.attendance(p.id, d + 1, rnd() < 0.92)))
  const perDay = Math.ceil((20 * scale) / days)
  const sessions = Array.from({ length: 20 * scale }, (_, i) => {
    const start = Date.UTC(2019, 7, 6 + Math.floor(i / perDay), 2 + (i % perDay), Math.floor(rnd() * 10))
    return r.session({
      day: Math.floor(i / perDay) + 1,
      order: i,
      title: `Sesi ${i + 1}: ${text(4)}`,
      method: METHODS[i % METHODS.length],
      durationMin: 60,
      facilitatorIds: [pick(team).id],
      moduleId: `m${i % 5}`,
      objectives: text(20),
      materials: text(6),
      actualStart: start,
      actualEnd: start + (55 + Math.floor(rnd() * 20)) * 60_000,
      processNotes: `${text(90)}.`,
    })
  })
  const brainstorms = sessions.filter((s) => s.method === 'brainstorm')
  const cardsPerRound = Math.ceil((400 * scale) / brainstorms.length)
  const rounds = brainstorms.map((s) => r.round({ sessionId: s.id, question: `${text(8)}?` }))
  const clusters = rounds.flatMap((round) => Array.from({ length: 5 }, () => r.cluster({ roundId: round.id, name: text(2) })))
  const ideas = rounds
    .flatMap((round, k) =>
      Array.from({ length: cardsPerRound }, (_, i) => {
        const cluster = rnd() < 0.9 ? clusters[k * 5 + (i % 5)] : undefined
        return r.idea({
          sessionId: round.sessionId,
          roundId: round.id,
          text: text(6 + Math.floor(rnd() * 10)),
          votes: Math.floor(rnd() * 12),
          clusterId: cluster?.id ?? null,
        })
      }),
    )
    .slice(0, 400 * scale)
  const plays = sessions.filter((s) => s.method === 'role-play')
  const rolePlays = plays.map((s) =>
    r.rolePlay({
      sessionId: s.id,
      title: text(3),
      scenario: text(50),
      roles: [0, 1, 2].map((k) => ({
        id: `${s.id}-role${k}`,
        name: text(2),
        participantId: pick(participants).id,
        playerName: '',
        brief: text(15),
      })),
      observers: [pick(participants).name],
      debrief: { happened: [text(12), text(10)], felt: [text(8)], learned: [text(10), text(9)], apply: [text(12)] },
    }),
  )
  const observations = Array.from({ length: 40 * scale }, (_, i) => {
    const play = i % 2 === 0 ? rolePlays[i % rolePlays.length] : undefined
    const session = play ? (sessions.find((s) => s.id === play.sessionId) ?? sessions[0]) : sessions[i % sessions.length]
    return r.observation({
      sessionId: session?.id ?? '',
      rolePlayId: play?.id ?? null,
      roleId: play?.roles[i % 3]?.id ?? null,
      at: (session?.actualStart ?? 0) + i * 60_000,
      text: text(14),
    })
  })
  const groups = sessions
    .filter((s) => s.method === 'group-work')
    .flatMap((s) =>
      [1, 2, 3].map((g) =>
        r.group({
          sessionId: s.id,
          name: `Kelompok ${g}`,
          question: `${text(10)}?`,
          memberIds: [pick(participants).id, pick(participants).id, pick(participants).id],
          outputPoints: [text(8), text(10), text(7)],
          outputText: text(40),
        }),
      ),
    )
  const actionPlans = Array.from({ length: 30 * scale }, (_, i) =>
    r.plan({
      organization: participants[i % participants.length]?.organization ?? '',
      activity: text(8),
      objective: text(10),
      responsible: participants[i % participants.length]?.name ?? '',
      timeline: 'Sep–Des 2019',
      resources: text(4),
      indicator: text(8),
      status: pick(['planned', 'in-progress', 'done'] as const),
    }),
  )
  const evaluations = [
    ...participants.flatMap((p) =>
      Array.from({ length: days }, (_, d) =>
        r.evaluation({
          kind: 'daily',
          day: d + 1,
          participantId: p.id,
          ratings: Object.fromEntries(training.evaluationQuestions.map((q) => [q.id, 2 + Math.floor(rnd() * 4)])),
          wentWell: rnd() < 0.2 ? text(8) : '',
          toImprove: rnd() < 0.15 ? text(8) : '',
        }),
      ),
    ),
    ...participants.map((p) => r.evaluation({ kind: 'pre', participantId: p.id, score: 30 + Math.floor(rnd() * 50) })),
    ...participants.map((p) => r.evaluation({ kind: 'post', participantId: p.id, score: 50 + Math.floor(rnd() * 50) })),
  ]
  const photos = Array.from({ length: 2 * scale }, (_, i) =>
    r.photo({
      sessionId: sessions[i]?.id ?? null,
      caption: text(6),
      original: i % 2 ? GROUP_JPEG : FLIPCHART_PNG,
      mime: i % 2 ? 'image/jpeg' : 'image/png',
    }),
  )
  return {
    training,
    teamMembers: team,
    participants,
    attendance,
    sessions,
    rounds,
    clusters,
    ideas,
    rolePlays,
    observations,
    groups,
    actionPlans,
    evaluations,
    photos,
    photoFiles: r.photoFiles(),
  }
}
