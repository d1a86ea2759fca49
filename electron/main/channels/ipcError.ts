import type { ErrorCode } from '../../../shared/ipc/result'

/** An error a channel handler throws to answer with a specific code instead of 'internal'. */
export class IpcError extends Error {
  override readonly name = 'IpcError'
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}
