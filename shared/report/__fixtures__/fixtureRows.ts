import type { ActionPlan } from '../../model/actionPlan'
import type { Attendance } from '../../model/attendance'
import type { Cluster, Idea, Round } from '../../model/brainstorm'
import type { DiscussionGroup } from '../../model/discussionGroup'
import type { Evaluation } from '../../model/evaluation'
import type { Participant } from '../../model/participant'
import type { Photo } from '../../model/photo'
import type { Observation, RolePlay } from '../../model/rolePlay'
import type { Session } from '../../model/session'
import type { TeamMember } from '../../model/teamMember'
import { EMPTY_APPROVAL, emptyChapterFields } from '../../model/training'
import type { Training } from '../../model/training'
import { legacyPhotoFiles } from '../../photos/legacyPhoto'

/** When the fixtures were "captured": 6 August 2019, 08:00 WIB. */
export const T0 = Date.UTC(2019, 7, 6, 1, 0)

/** Epoch ms of a wall-clock time (WIB) on day `day` of a training starting 6 August 2019. */
export function at(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return Date.UTC(2019, 7, 5 + day, (h ?? 0) - 7, m ?? 0)
}

/** Row constructors with every field defaulted, for one training id. */
export function fixtureRows(trainingId: string) {
  let next = 0
  const files: Record<string, Uint8Array> = {}
  const meta = (prefix: string) => {
    next += 1
    return { id: `${prefix}-${next}`, createdAt: T0, updatedAt: T0, deletedAt: null as number | null, trainingId }
  }
  return {
    training: (fields: Partial<Training>): Training => ({
      id: trainingId,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
      title: 'Pelatihan',
      kind: 'public',
      status: 'done',
      organizer: '',
      startDate: '2019-08-06',
      days: 3,
      dailyStart: '09:00',
      dailyEnd: '17:00',
      timeZone: 'Asia/Jakarta',
      venue: '',
      city: '',
      feeAmount: null,
      feeCurrency: 'IDR',
      quotaMin: null,
      quotaMax: null,
      perOrganizationMax: null,
      registrationDue: null,
      paymentDue: null,
      background: '',
      objectives: [],
      expectedOutcomes: [],
      method: '',
      modules: [],
      targetParticipants: '',
      conclusions: '',
      recommendations: '',
      evaluationQuestions: [],
      reportSections: null,
      approval: { ...EMPTY_APPROVAL },
      foreword: '',
      testQuestions: [],
      ...emptyChapterFields(),
      ...fields,
    }),
    member: (f: Partial<TeamMember>): TeamMember => ({
      ...meta('tm'),
      name: '',
      role: 'trainer',
      organization: '',
      bio: '',
      contact: '',
      order: next,
      ...f,
    }),
    participant: (f: Partial<Participant>): Participant => ({
      ...meta('p'),
      name: '',
      gender: 'unstated',
      organization: '',
      position: '',
      region: '',
      phone: '',
      email: '',
      notes: '',
      observer: false,
      ...f,
    }),
    attendance: (participantId: string, day: number, present: boolean): Attendance => ({
      ...meta('a'),
      id: `${participantId}:${day}`,
      participantId,
      day,
      present,
    }),
    session: (f: Partial<Session>): Session => ({
      ...meta('s'),
      day: 1,
      order: next,
      title: '',
      method: 'presentation',
      durationMin: 60,
      pinnedStart: null,
      facilitatorIds: [],
      moduleId: null,
      objectives: '',
      materials: '',
      status: 'done',
      actualStart: null,
      actualEnd: null,
      processNotes: '',
      equipment: '',
      ...f,
    }),
    round: (f: Partial<Round> & { sessionId: string }): Round => ({ ...meta('r'), question: '', order: next, ...f }),
    cluster: (f: Partial<Cluster> & { roundId: string }): Cluster => ({ ...meta('c'), name: '', order: next, ...f }),
    idea: (f: Partial<Idea> & { sessionId: string; roundId: string }): Idea => ({
      ...meta('i'),
      text: '',
      clusterId: null,
      votes: 0,
      author: '',
      group: '',
      order: next,
      ...f,
    }),
    rolePlay: (f: Partial<RolePlay> & { sessionId: string }): RolePlay => ({
      ...meta('rp'),
      title: '',
      scenario: '',
      roles: [],
      observers: [],
      debrief: { happened: [], felt: [], learned: [], apply: [] },
      order: next,
      ...f,
    }),
    observation: (f: Partial<Observation> & { sessionId: string }): Observation => ({
      ...meta('o'),
      rolePlayId: null,
      roleId: null,
      at: T0,
      text: '',
      ...f,
    }),
    group: (f: Partial<DiscussionGroup> & { sessionId: string }): DiscussionGroup => ({
      ...meta('g'),
      name: '',
      question: '',
      memberIds: [],
      reporterId: null,
      outputPoints: [],
      outputText: '',
      order: next,
      ...f,
    }),
    plan: (f: Partial<ActionPlan>): ActionPlan => ({
      ...meta('ap'),
      organization: '',
      participantId: null,
      activity: '',
      objective: '',
      startDate: null,
      dueDate: null,
      timeline: '',
      responsible: '',
      resources: '',
      indicator: '',
      status: 'planned',
      notes: '',
      ...f,
    }),
    evaluation: (f: Partial<Evaluation> & { kind: Evaluation['kind'] }): Evaluation => ({
      ...meta('e'),
      day: null,
      participantId: null,
      ratings: {},
      tallies: {},
      wentWell: '',
      toImprove: '',
      score: null,
      ...f,
    }),
    /** A photo from a data URL; its file is kept for photoFiles(), as the photo store would keep it. */
    photo: ({ original, ...f }: Partial<Photo> & { original: string }): Photo => {
      const decoded = legacyPhotoFiles({ original, preview: original })
      if (decoded === null) throw new Error('fixture photo is not a base64 data URL')
      files[decoded.original.hash] = decoded.original.bytes
      return {
        ...meta('ph'),
        sessionId: null,
        caption: '',
        mime: 'image/png',
        width: 240,
        height: 160,
        hash: decoded.original.hash,
        previewHash: decoded.original.hash,
        bytes: decoded.original.bytes.byteLength,
        order: next,
        ...f,
      }
    },
    /** The files of every photo built so far, by hash. */
    photoFiles: (): Record<string, Uint8Array> => ({ ...files }),
  }
}
