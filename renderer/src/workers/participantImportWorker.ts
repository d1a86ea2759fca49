// Reads and checks a participant list off the UI thread: decoding, parsing and checking a list
// of 50,000 rows (and every row against the people already listed) takes seconds, which would
// freeze typing and the progress shown if the page did it.
import type { Participant } from '../../../shared/model/participant'
import { buildImport, type ImportResult } from '../../../shared/participants/buildImport'
import type { ColumnMapping } from '../../../shared/participants/guessColumnMapping'
import type { ImportTable } from '../../../shared/participants/importTable'
import { readParticipantsFile, type ImportFileReading } from '../../../shared/participants/readParticipantsFile'

/** A job: read a picked file, or check the table read last against a mapping. */
export type ImportJobRequest =
  | { id: number; type: 'read'; fileName: string; bytes: ArrayBuffer }
  | { id: number; type: 'build'; mapping: ColumnMapping; existing: Participant[]; trainingId: string; now: number }

/** The worker's answer to a job. */
export type ImportJobMessage =
  | { id: number; type: 'read'; reading: ImportFileReading }
  | { id: number; type: 'build'; result: ImportResult }
  | { id: number; type: 'error'; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportJobRequest>) => void) | null
  postMessage(message: ImportJobMessage): void
}
const scope = self as unknown as WorkerScope
// The table of the file being imported stays here, so checking it again after a mapping change
// does not copy 50,000 rows back and forth.
let table: ImportTable | null = null

async function run(job: ImportJobRequest): Promise<ImportJobMessage> {
  if (job.type === 'read') {
    const reading = await readParticipantsFile(job.fileName, new Uint8Array(job.bytes))
    table = reading.kind === 'table' ? reading.table : null
    return { id: job.id, type: 'read', reading }
  }
  if (!table) throw new Error('no file has been read')
  return {
    id: job.id,
    type: 'build',
    result: buildImport(table, job.mapping, job.existing, job.trainingId, job.now, () => crypto.randomUUID()),
  }
}

scope.onmessage = (event) => {
  run(event.data).then(
    (message) => scope.postMessage(message),
    (error: unknown) =>
      scope.postMessage({ id: event.data.id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
}
