import type { Change } from '../../shared/journal/journalEntry'
import { attendanceId, type Attendance } from '../../shared/model/attendance'
import { createTraining } from '../../shared/model/newTraining'
import type { Participant } from '../../shared/model/participant'
import type { TeamMember } from '../../shared/model/teamMember'
import { builtinTemplate } from '../../shared/templates/builtinTemplates'
import { instantiateTemplate } from '../../shared/templates/instantiateTemplate'
import { journaledRow } from './journaledRow'

const FIRST = ['Siti', 'Ni Luh', 'Wa Ode', 'Dewi', 'Agus', 'Rina', 'Yohanes', 'Fatimah', 'Made', 'Sri', 'Bambang', 'Nur']
const LAST = [
  "Nur'aini",
  'Putu Ayu',
  'Sitti',
  'Lestari',
  'Santoso',
  'Marlina',
  'Pattiasina',
  'Zahra',
  'Wirawan',
  'Wahyuni',
  'Prasetyo',
  'Hidayah',
]
const ORGS = ['Yayasan Pekerja Rumahan', 'Serikat Perempuan Malang', 'LBH Surabaya', 'Komunitas Batik Sidoarjo', 'Koperasi Mojokerto']
const REGIONS = ['Kota Malang', 'Kab. Malang', 'Kota Batu', 'Kota Surabaya', 'Kab. Sidoarjo', 'Kab. Jember']

/** A training with a team, participants, attendance and the public 3-day agenda, as journal changes. */
export interface SeededTraining {
  trainingId: string
  changes: Change[]
  participants: Participant[]
  sessionIds: string[]
}

/**
 * Builds a realistic 3-day training as journal changes. Append them to the test server's journal
 * before the browser starts (`await harness.server.journal.append(seed.changes)`): the app
 * restores them at start, exactly as after a lost database.
 */
export function seedTraining(options: { title?: string; startDate?: string; participants?: number; now?: number } = {}): SeededTraining {
  const now = options.now ?? Date.UTC(2026, 10, 27, 1, 0)
  let n = 0
  const id = (prefix: string) => `${prefix}-${(n += 1)}`
  const training = createTraining(
    { title: options.title ?? 'TOT Pengorganisasian Pekerja Rumahan', startDate: options.startDate ?? '2026-11-27', days: 3 },
    id('training'),
    now,
  )
  const meta = { trainingId: training.id, createdAt: now, updatedAt: now, deletedAt: null }
  const team: TeamMember[] = [
    {
      ...meta,
      id: id('member'),
      name: 'Cecilia Susanti',
      role: 'trainer',
      organization: 'MWPRI',
      bio: 'Pelatih pengorganisasian.',
      contact: '',
      order: 1,
    },
    { ...meta, id: id('member'), name: 'Dardiri Rahman', role: 'co-trainer', organization: 'MWPRI', bio: '', contact: '', order: 2 },
  ]
  const participants: Participant[] = Array.from({ length: options.participants ?? 20 }, (_, i) => ({
    ...meta,
    id: id('participant'),
    // Every name different: the second round through the first names takes other last names.
    name: `${FIRST[i % FIRST.length] ?? 'Siti'} ${LAST[(i * 5 + Math.floor(i / FIRST.length)) % LAST.length] ?? 'Lestari'}`,
    gender: i % 3 === 2 ? 'male' : 'female',
    organization: ORGS[i % ORGS.length] ?? '',
    position: i % 4 === 0 ? 'Koordinator' : 'Fasilitator lapang',
    region: REGIONS[i % REGIONS.length] ?? '',
    phone: '',
    email: '',
    notes: '',
    observer: false,
  }))
  const attendance: Attendance[] = participants.map((p, i) => ({
    ...meta,
    id: attendanceId(p.id, 1),
    participantId: p.id,
    day: 1,
    present: i % 7 !== 6,
  }))
  const sessions = instantiateTemplate(builtinTemplate('public-3day').sessions('id'), training.id, now, () => id('session'))
  const put = <T extends Change['table']>(table: T, row: object): Change => ({ op: 'put', table, row: journaledRow(row) })
  return {
    trainingId: training.id,
    participants,
    sessionIds: sessions.map((s) => s.id),
    changes: [
      put('trainings', training),
      ...team.map((r) => put('teamMembers', r)),
      ...participants.map((r) => put('participants', r)),
      ...attendance.map((r) => put('attendance', r)),
      ...sessions.map((r) => put('sessions', r)),
    ],
  }
}
