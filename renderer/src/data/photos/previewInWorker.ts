import type { PreviewJobMessage, PreviewJobRequest } from '../../workers/photoPreviewWorker'
import { makePreview, type MadePreview } from './photoPreview'

let nextId = 0
let worker: Worker | null = null

function previewWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/photoPreviewWorker.ts', import.meta.url), { type: 'module' })
  return worker
}

/**
 * Makes the preview of a picture in the preview worker (kept for the next photo: people add
 * photos in batches). Where there are no workers (component tests) it runs on the page.
 */
export function makePreviewInWorker(image: Blob): Promise<MadePreview> {
  if (typeof Worker === 'undefined') return makePreview(image)
  nextId += 1
  const id = nextId
  const started = previewWorker()
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<PreviewJobMessage>) => {
      if (event.data.id !== id) return
      started.removeEventListener('message', onMessage)
      if (event.data.type === 'done') resolve(event.data.preview)
      else reject(new Error(event.data.message))
    }
    started.addEventListener('message', onMessage)
    started.postMessage({ id, image } satisfies PreviewJobRequest)
  })
}
