import type { TestProject } from 'vitest/node'
import { startCouchServer } from './couchServer'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The root of the test CouchDB server (user `trainer`, password `rahasia`). */
    couchUrl: string
  }
}

/** The test users of the sync tests' server. */
export const COUCH_TEST_USERS = { trainer: 'rahasia' } as const

/** Starts one in-process CouchDB-compatible server on 127.0.0.1 for the sync tests and stops it after. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCouchServer({ users: COUCH_TEST_USERS })
  project.provide('couchUrl', server.url)
  return () => server.close()
}
