import type * as PdfJs from 'pdfjs-dist'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'

/** An open PDF whose pages can be painted into canvases, one page at a time. */
export interface PdfPages {
  pageCount: number
  /** Width / height of page 1, for placeholders of the right shape before a page is painted. */
  aspect: number
  /**
   * Paints page `page` (1-based) `width` CSS pixels wide. Paints wait in line, so a screenful of
   * thumbnails never parses several pages at once; pdfjs splits each paint into short tasks.
   * Resolves false when the paint was cancelled or the document closed.
   */
  paint: (page: number, canvas: HTMLCanvasElement, width: number, signal: AbortSignal) => Promise<boolean>
  close: () => void
}

// pdfjs parses in its own worker; both load the first time a preview opens, never with the app.
async function loadPdfJs(): Promise<typeof PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')])
  if (!pdfjs.GlobalWorkerOptions.workerPort) pdfjs.GlobalWorkerOptions.workerPort = new worker.default()
  return pdfjs
}

/**
 * Opens PDF bytes for painting. The bytes are copied: pdfjs takes the buffer it is given, and the
 * caller keeps the original to save exactly what was shown.
 */
export async function openPdfPages(bytes: Uint8Array): Promise<PdfPages> {
  const pdfjs = await loadPdfJs()
  // No eval: the app's Content-Security-Policy forbids it.
  const doc: PDFDocumentProxy = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise
  const first = await doc.getPage(1)
  const base = first.getViewport({ scale: 1 })
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false

  const paintNow = async (page: number, canvas: HTMLCanvasElement, width: number, signal: AbortSignal): Promise<boolean> => {
    if (closed || signal.aborted) return false
    const proxy = await doc.getPage(page)
    const plain = proxy.getViewport({ scale: 1 })
    const ratio = window.devicePixelRatio || 1
    const viewport = proxy.getViewport({ scale: (width / plain.width) * ratio })
    // Paint off-screen, then copy: the canvas on screen never shows a half-painted page.
    const scratch = document.createElement('canvas')
    scratch.width = Math.round(viewport.width)
    scratch.height = Math.round(viewport.height)
    const task: RenderTask = proxy.render({ canvas: scratch, viewport })
    const stop = (): void => task.cancel()
    signal.addEventListener('abort', stop)
    try {
      await task.promise
    } catch {
      return false
    } finally {
      signal.removeEventListener('abort', stop)
    }
    if (signal.aborted || closed) return false
    canvas.width = scratch.width
    canvas.height = scratch.height
    canvas.getContext('2d')?.drawImage(scratch, 0, 0)
    return true
  }

  return {
    pageCount: doc.numPages,
    aspect: base.width / base.height,
    paint: (page, canvas, width, signal) => {
      // A page asked for while the document closes fails inside pdfjs: that is a cancelled paint, not an error.
      const next = queue.then(() => paintNow(page, canvas, width, signal)).catch(() => false)
      queue = next
      return next
    },
    close: () => {
      closed = true
      void doc.destroy()
    },
  }
}
