import { nextRevision, type Draft } from '../revision'

/** The device id of rows built by tests. */
export const TEST_DEVICE_ID = 'test-device'

/** The revision fields as the row schemas type them. */
type StoredRevision = { rev: string; revisions: string[]; deviceId: string }

/** A draft made a stored row: its first revision, as a commit on the test device stamps it. */
export function withRevision<R extends StoredRevision>(draft: Draft<R>): R {
  const revision = nextRevision(draft, null, TEST_DEVICE_ID)
  return { ...draft, ...revision, revisions: [...revision.revisions] } as unknown as R
}

/** A fixed, valid first revision for rows of tests that never merge them. */
const FIRST = nextRevision({}, null, TEST_DEVICE_ID)
export const FIXTURE_REVISION: StoredRevision = { ...FIRST, revisions: [...FIRST.revisions] }

/** A device's edit of the version it has: `patch` applied, as a child revision of `parent`. */
export function editedBy<R extends StoredRevision>(parent: R, patch: Partial<R>, device: string): R {
  const content = { ...parent, ...patch }
  const revision = nextRevision(content, parent, device)
  return { ...content, ...revision, revisions: [...revision.revisions] }
}
