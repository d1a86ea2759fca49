// Makes photo previews off the UI thread: decoding a 12-megapixel camera photo and shrinking it
// takes a few hundred milliseconds, which would freeze typing if the page did it.
import { makePreview, type MadePreview } from '../data/photos/photoPreview'

/** One preview job. */
export interface PreviewJobRequest {
  id: number
  image: Blob
}

/** The worker's answer to a job. */
export type PreviewJobMessage = { id: number; type: 'done'; preview: MadePreview } | { id: number; type: 'error'; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<PreviewJobRequest>) => void) | null
  postMessage(message: PreviewJobMessage, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  const { id, image } = event.data
  makePreview(image).then(
    (preview) => scope.postMessage({ id, type: 'done', preview }, [preview.bytes.buffer]),
    (error: unknown) => scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
}
