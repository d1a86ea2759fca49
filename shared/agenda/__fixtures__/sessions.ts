import type { Session } from '../../model/session'

/** The training every fixture session belongs to. */
export const FIXTURE_TRAINING_ID = 'training-mobilisasi'

/** A fixed instant for createdAt/updatedAt (1 August 2019, 09:00 WIB). */
export const FIXTURE_NOW = Date.UTC(2019, 7, 1, 2, 0)

/**
 * A valid planned session with sensible defaults; pass what the test is about.
 * The id defaults to `s<order>` so failures name the session.
 */
export function makeSession(overrides: Partial<Session> & Pick<Session, 'order'>): Session {
  return {
    id: `s${overrides.order}`,
    trainingId: FIXTURE_TRAINING_ID,
    createdAt: FIXTURE_NOW,
    updatedAt: FIXTURE_NOW,
    deletedAt: null,
    day: 1,
    title: `Session ${overrides.order}`,
    method: 'presentation',
    durationMin: 60,
    pinnedStart: null,
    facilitatorIds: [],
    moduleId: null,
    objectives: '',
    materials: '',
    status: 'planned',
    actualStart: null,
    actualEnd: null,
    processNotes: '',
    equipment: '',
    ...overrides,
  }
}

/**
 * Day 1 of the public training modelled on the seed announcement, on an 08:30-17:00 day:
 * opening, module 1 input, break, module 1 group work, lunch pinned at 12:00, module 2,
 * break, module 2 practice, daily evaluation. It ends at 17:00 exactly.
 */
export function publicTrainingDay1(): Session[] {
  return [
    makeSession({ id: 'opening', order: 1, title: 'Opening', method: 'opening', durationMin: 30 }),
    makeSession({ id: 'm1-input', order: 2, title: 'Volunteers as a resource', durationMin: 90 }),
    makeSession({ id: 'break-am', order: 3, title: 'Break', method: 'break', durationMin: 15 }),
    makeSession({ id: 'm1-groups', order: 4, title: 'Group work', method: 'group-work', durationMin: 60 }),
    makeSession({ id: 'lunch', order: 5, title: 'Lunch', method: 'meal', durationMin: 60, pinnedStart: '12:00' }),
    makeSession({ id: 'm2-input', order: 6, title: 'Volunteer cycle', durationMin: 90 }),
    makeSession({ id: 'break-pm', order: 7, title: 'Break', method: 'break', durationMin: 15 }),
    makeSession({ id: 'm2-practice', order: 8, title: 'Practice', method: 'group-work', durationMin: 120 }),
    makeSession({ id: 'evaluation', order: 9, title: 'Daily evaluation', method: 'evaluation', durationMin: 15 }),
  ]
}
