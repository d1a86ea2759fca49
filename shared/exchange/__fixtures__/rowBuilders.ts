import { EMPTY_APPROVAL } from '../../model/training'
import { withRevision } from '../../model/__fixtures__/withRevision'
import type { RowOf, TableName } from '../../model/tables'
import { emptyChapterFields } from '../../model/training'

/** 13 May 2024, 08:00 in Jakarta (WIB): when the sample training starts. */
export const T0 = Date.UTC(2024, 4, 13, 1, 0)

const meta = (id: string, trainingId = 'tr-1') => ({
  id,
  trainingId,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
})

/** A made-up photo hash (64 hex digits): rows name their files by hash from schema 3 on. */
const SAMPLE_PHOTO_HASH = 'a1e5cb1b1cf9d9a6e58bb8c7c7d7c3b1b1f5d6e1d4c3b2a1f0e9d8c7b6a59483'

/** A 1x1 PNG, the smallest logo an organisation row can carry. */
const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

/** A valid row for every table, with the given id and fields replaced by `patch`. */
export const ROW_BUILDERS: { [T in TableName]: (id: string, patch?: Partial<RowOf<T>>) => RowOf<T> } = {
  trainings: (id, patch) =>
    withRevision({
      id,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
      title: 'Manajemen Relawan',
      kind: 'public',
      status: 'open',
      organizer: 'Yayasan Contoh',
      startDate: '2024-05-13',
      days: 3,
      dailyStart: '08:00',
      dailyEnd: '16:30',
      timeZone: 'Asia/Jakarta',
      venue: 'Hotel Sederhana',
      city: 'Yogyakarta',
      feeAmount: 1_500_000,
      feeCurrency: 'IDR',
      quotaMin: 15,
      quotaMax: 30,
      perOrganizationMax: 2,
      registrationDue: '2024-05-06',
      paymentDue: null,
      background: 'Banyak organisasi kesulitan mengelola relawan.',
      objectives: ['Memahami siklus relawan'],
      expectedOutcomes: ['Rencana rekrutmen'],
      method: 'Partisipatif',
      modules: [{ id: 'm1', title: 'Rekrutmen', description: '' }],
      targetParticipants: 'Pengelola relawan',
      conclusions: '',
      recommendations: '',
      evaluationQuestions: [{ id: 'q1', label: 'Materi' }],
      reportSections: null,
      approval: { ...EMPTY_APPROVAL },
      foreword: '',
      testQuestions: [],
      ...emptyChapterFields(),
      ...patch,
    }),
  teamMembers: (id, patch) =>
    withRevision({
      ...meta(id),
      name: 'Dewi',
      role: 'trainer',
      organization: 'Yayasan Contoh',
      bio: 'Fasilitator 10 tahun.',
      contact: '',
      order: 1,
      ...patch,
    }),
  participants: (id, patch) =>
    withRevision({
      ...meta(id),
      name: 'Agus',
      gender: 'male',
      organization: 'LSM A',
      position: 'Koordinator',
      region: 'DIY',
      phone: '',
      email: '',
      notes: '',
      observer: false,
      ...patch,
    }),
  attendance: (id, patch) => withRevision({ ...meta(id), participantId: 'p-1', day: 1, present: true, ...patch }),
  sessions: (id, patch) =>
    withRevision({
      ...meta(id),
      day: 1,
      order: 1,
      title: 'Pembukaan',
      method: 'opening',
      durationMin: 30,
      pinnedStart: '08:00',
      facilitatorIds: [],
      moduleId: null,
      objectives: '',
      materials: '',
      status: 'planned',
      actualStart: null,
      actualEnd: null,
      processNotes: '',
      equipment: '',
      ...patch,
    }),
  rounds: (id, patch) => withRevision({ ...meta(id), sessionId: 's-1', question: 'Apa itu relawan?', order: 1, ...patch }),
  clusters: (id, patch) => withRevision({ ...meta(id), roundId: 'r-1', name: 'Motivasi', order: 1, ...patch }),
  ideas: (id, patch) =>
    withRevision({
      ...meta(id),
      sessionId: 's-1',
      roundId: 'r-1',
      text: 'Relawan butuh apresiasi',
      clusterId: null,
      votes: 0,
      author: '',
      group: '',
      order: 1,
      ...patch,
    }),
  rolePlays: (id, patch) =>
    withRevision({
      ...meta(id),
      sessionId: 's-1',
      title: 'Wawancara relawan',
      scenario: '',
      roles: [],
      observers: [],
      debrief: { happened: [], felt: [], learned: [], apply: [] },
      order: 1,
      ...patch,
    }),
  observations: (id, patch) =>
    withRevision({
      ...meta(id),
      sessionId: 's-1',
      rolePlayId: null,
      roleId: null,
      at: T0,
      text: 'Peserta aktif',
      ...patch,
    }),
  groups: (id, patch) =>
    withRevision({
      ...meta(id),
      sessionId: 's-1',
      name: 'Kelompok 1',
      question: '',
      memberIds: [],
      reporterId: null,
      outputPoints: [],
      outputText: '',
      order: 1,
      ...patch,
    }),
  actionPlans: (id, patch) =>
    withRevision({
      ...meta(id),
      organization: 'LSM A',
      participantId: null,
      activity: 'Rekrut 10 relawan',
      objective: '',
      startDate: null,
      dueDate: null,
      timeline: 'Juni',
      responsible: 'Agus',
      resources: '',
      indicator: '',
      status: 'planned',
      notes: '',
      ...patch,
    }),
  evaluations: (id, patch) =>
    withRevision({
      ...meta(id),
      kind: 'daily',
      day: 1,
      participantId: null,
      ratings: { q1: 4 },
      tallies: {},
      wentWell: '',
      toImprove: '',
      score: null,
      ...patch,
    }),
  photos: (id, patch) =>
    withRevision({
      ...meta(id),
      sessionId: null,
      caption: 'Plano kelompok',
      mime: 'image/png',
      width: 1,
      height: 1,
      hash: SAMPLE_PHOTO_HASH,
      previewHash: SAMPLE_PHOTO_HASH,
      bytes: 70,
      order: 1,
      ...patch,
    }),
  templates: (id, patch) =>
    withRevision({
      id,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
      name: 'Tiga hari',
      days: 3,
      sessions: [{ day: 1, title: 'Pembukaan', method: 'opening', durationMin: 30, pinnedStart: null, objectives: '', materials: '' }],
      ...patch,
    }),
  problems: (id, patch) =>
    withRevision({
      ...meta(id),
      day: 1,
      sessionId: 's-1',
      at: T0,
      problem: 'Listrik padam saat sesi pembukaan',
      solution: 'Memakai genset hotel',
      ...patch,
    }),
  venueReceipts: (id, patch) =>
    withRevision({
      ...meta(id),
      senderId: 'dev-1',
      itemId: '6f1c2b8e-2d4a-4c1e-9a57-3b0f4f6a1d20',
      kind: 'card',
      role: 'participant',
      at: T0,
      rowId: 'i-1',
      scopeId: 'r-1',
      review: 'shown',
      answers: [],
      ...patch,
    }),
  conflicts: (id, patch) => {
    const loser = ROW_BUILDERS.ideas('i-1', { text: 'Relawan butuh pelatihan' })
    return withRevision({
      ...meta(id),
      table: 'ideas',
      rowId: 'i-1',
      reason: 'both-edited',
      winnerRev: ROW_BUILDERS.ideas('i-1').rev,
      loser,
      ...patch,
    })
  },
  organizations: (id, patch) =>
    withRevision({
      id,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
      name: 'Yayasan Contoh',
      address: 'Jl. Kaliurang Km 5, Yogyakarta',
      phone: '0274 123456',
      email: 'info@contoh.or.id',
      website: 'contoh.or.id',
      logo: {
        dataUrl: `data:image/png;base64,${TINY_PNG_BASE64}`,
        mime: 'image/png',
        width: 1,
        height: 1,
        bytes: 67,
      },
      ...patch,
    }),
}

/** One valid row in every table: the smallest complete backup. */
export function oneRowPerTable(): { [T in TableName]: RowOf<T>[] } {
  return {
    trainings: [ROW_BUILDERS.trainings('tr-1')],
    teamMembers: [ROW_BUILDERS.teamMembers('tm-1')],
    participants: [ROW_BUILDERS.participants('p-1')],
    attendance: [ROW_BUILDERS.attendance('p-1:1')],
    sessions: [ROW_BUILDERS.sessions('s-1')],
    rounds: [ROW_BUILDERS.rounds('r-1')],
    clusters: [ROW_BUILDERS.clusters('c-1')],
    ideas: [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-2', { text: 'Pelatihan rutin', votes: 3 })],
    rolePlays: [ROW_BUILDERS.rolePlays('rp-1')],
    observations: [ROW_BUILDERS.observations('o-1')],
    groups: [ROW_BUILDERS.groups('g-1')],
    actionPlans: [ROW_BUILDERS.actionPlans('ap-1')],
    evaluations: [ROW_BUILDERS.evaluations('e-1', { tallies: { q1: [0, 1, 2, 3, 4] } })],
    photos: [ROW_BUILDERS.photos('ph-1')],
    templates: [ROW_BUILDERS.templates('tpl-1')],
    conflicts: [ROW_BUILDERS.conflicts('cf-1')],
    organizations: [ROW_BUILDERS.organizations('org-1')],
    problems: [ROW_BUILDERS.problems('pr-1')],
    venueReceipts: [ROW_BUILDERS.venueReceipts('vr-1')],
  }
}
