import { inject } from 'vitest'
import { trainingDatabaseName } from '../../../../../shared/sync/trainingDatabaseName'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The root of the test CouchDB server (user `trainer`, password `rahasia`). */
    couchUrl: string
  }
}

/** The test server's user. */
export const TEST_USER = { username: 'trainer', password: 'rahasia' } as const

/** The root of the CouchDB-compatible server the test run started on 127.0.0.1. */
export function couchUrl(): string {
  return inject('couchUrl')
}

/** What the test server can be made to do to one training's database (see e2e/couchServer.ts). */
export type TestFault = { onPath?: string } & (
  { kind: 'down' | 'unauthorized' | 'forbidden'; afterRequests?: number } | { kind: 'slow'; delayMs: number; afterRequests?: number }
)

/** Makes the server fail requests to a training's database, or behave again with null. */
export async function setFault(trainingId: string, fault: TestFault | null): Promise<void> {
  const url = `${couchUrl()}/_pelatih_fault/${trainingDatabaseName(trainingId)}`
  const answer = await fetch(url, fault === null ? { method: 'DELETE' } : { method: 'PUT', body: JSON.stringify(fault) })
  if (!answer.ok) throw new Error(`fault not set: ${answer.status}`)
}
