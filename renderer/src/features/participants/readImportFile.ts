import { readParticipantsFile, type ImportFileReading } from '../../../../shared/participants/readParticipantsFile'

export type { ImportFileReading } from '../../../../shared/participants/readParticipantsFile'

/** Reads a participant list the user picked (see readParticipantsFile). */
export async function readImportFile(file: File): Promise<ImportFileReading> {
  return readParticipantsFile(file.name, new Uint8Array(await file.arrayBuffer()))
}
