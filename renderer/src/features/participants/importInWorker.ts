import type { Participant } from '../../../../shared/model/participant'
import { buildImport, type ImportResult } from '../../../../shared/participants/buildImport'
import type { ColumnMapping } from '../../../../shared/participants/guessColumnMapping'
import { readParticipantsFile, type ImportFileReading } from '../../../../shared/participants/readParticipantsFile'
import type { ImportJobMessage, ImportJobRequest } from '../../workers/participantImportWorker'

type JobWithoutId = ImportJobRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

/**
 * One import's worker: reads the picked file, then checks its rows against a mapping as often
 * as the mapping changes, all off the UI thread. Where there are no workers (component tests)
 * the same functions run on the page.
 */
export interface ImportSession {
  read(file: File): Promise<ImportFileReading>
  build(mapping: ColumnMapping, existing: Participant[], trainingId: string, now: number): Promise<ImportResult>
  close(): void
}

/** Starts an import session (one worker, ended by close). */
export function startImportSession(): ImportSession {
  if (typeof Worker === 'undefined') return pageSession()
  const worker = new Worker(new URL('../../workers/participantImportWorker.ts', import.meta.url), { type: 'module' })
  let nextId = 0
  const ask = (job: JobWithoutId, transfer: Transferable[] = []) => {
    nextId += 1
    const id = nextId
    return new Promise<ImportJobMessage>((resolve, reject) => {
      const onMessage = (event: MessageEvent<ImportJobMessage>) => {
        if (event.data.id !== id) return
        worker.removeEventListener('message', onMessage)
        if (event.data.type === 'error') reject(new Error(event.data.message))
        else resolve(event.data)
      }
      worker.addEventListener('message', onMessage)
      worker.postMessage({ ...job, id }, transfer)
    })
  }
  return {
    read: async (file) => {
      const bytes = await file.arrayBuffer()
      const answer = await ask({ type: 'read', fileName: file.name, bytes }, [bytes])
      if (answer.type !== 'read') throw new Error('unexpected answer')
      return answer.reading
    },
    build: async (mapping, existing, trainingId, now) => {
      const answer = await ask({ type: 'build', mapping, existing, trainingId, now })
      if (answer.type !== 'build') throw new Error('unexpected answer')
      return answer.result
    },
    close: () => worker.terminate(),
  }
}

function pageSession(): ImportSession {
  let reading: ImportFileReading | null = null
  return {
    read: async (file) => {
      reading = await readParticipantsFile(file.name, new Uint8Array(await file.arrayBuffer()))
      return reading
    },
    build: (mapping, existing, trainingId, now) => {
      if (reading?.kind !== 'table') return Promise.reject(new Error('no file has been read'))
      return Promise.resolve(buildImport(reading.table, mapping, existing, trainingId, now, () => crypto.randomUUID()))
    },
    close: () => undefined,
  }
}
